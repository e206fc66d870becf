// SPDX-License-Identifier: MIT
#pragma once

#include "lesson/questiontext.h"
#include "ui/authorform.h"
#include "ui/slideframe.h"

#include <vector>

class QButtonGroup;
class QCheckBox;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace stoppunkt {

class NotesTextEdit;
class QuestionPreview;

/// Author mode's form for a question at a film's stop, over the console: the slide's title, the question,
/// 2 to 6 options (each with whether it is the right one, its feedback to the room, and its talking points
/// for the console), whether the room votes, and the question's notes; beside them the question as the room
/// will see it, redrawn at each key. Tab goes through every field; Ctrl+Enter and Esc as in every AuthorForm.
class QuestionForm : public AuthorForm {
    Q_OBJECT
public:
    /// `room` is the slide's frame as the projector would draw it (course, lesson, slide count).
    QuestionForm(const QString &heading, const QuestionDraft &draft, SlideFrame room, QWidget *parent);

    /// The question as the fields say now (film and stop as given).
    QuestionDraft draft() const;
    int optionCount() const { return m_count; }
    void setOptionCount(int count);
    const QuestionPreview &preview() const { return *m_preview; }

private:
    /// One option's fields.
    struct OptionFields {
        QWidget *row = nullptr;
        QLineEdit *text = nullptr;
        QLineEdit *feedback = nullptr;
        QPlainTextEdit *talkingPoints = nullptr;
    };
    /// The fields on the left: title, question, the options and whether the room votes, filled from `draft`.
    QWidget *buildFields(const QuestionDraft &draft);
    QWidget *buildOption(int number);
    /// The fields beside the preview and the notes, the refusal line and the buttons below.
    void layOut(const QString &heading, QWidget *fields);
    void showPreview();

    QuestionDraft m_base;
    SlideFrame m_room;
    QLineEdit *m_title = nullptr;
    QLineEdit *m_prompt = nullptr;
    QCheckBox *m_vote = nullptr;
    QButtonGroup *m_right = nullptr;
    std::vector<OptionFields> m_options;
    int m_count = 0;
    QPushButton *m_more = nullptr;
    QPushButton *m_fewer = nullptr;
    NotesTextEdit *m_notes = nullptr;
    QuestionPreview *m_preview = nullptr;
};

}  // namespace stoppunkt
