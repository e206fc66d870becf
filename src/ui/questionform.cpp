// SPDX-License-Identifier: MIT
#include "ui/questionform.h"

#include "session/roomslide.h"
#include "ui/notestextedit.h"
#include "ui/questionpreview.h"
#include "ui/theme.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace stoppunkt {

namespace {
constexpr int kMostOptions = 6;
constexpr int kFewestOptions = 2;

/// A field written in a right-to-left script (an option in Arabic for a mixed class) stands right to left.
void followTextDirection(QLineEdit *field)
{
    const auto follow = [field](const QString &text) {
        field->setLayoutDirection(text.isRightToLeft() ? Qt::RightToLeft : Qt::LeftToRight);
    };
    QObject::connect(field, &QLineEdit::textChanged, field, follow);
    follow(field->text());
}

QLabel *fieldLabel(const QString &text, QWidget *buddy, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setBuddy(buddy);
    return label;
}
}  // namespace

QuestionForm::QuestionForm(const QString &heading, const QuestionDraft &draft, SlideFrame room, QWidget *parent)
    : AuthorForm(parent), m_base(draft), m_room(std::move(room)), m_right(new QButtonGroup(this))
{
    QWidget *fields = buildFields(draft);
    m_preview = new QuestionPreview(this);
    m_notes = new NotesTextEdit(this);
    m_notes->setNotes(draft.notes);
    m_notes->setAccessibleName(tr("Notes of the question, one per paragraph"));
    watch(m_notes);
    layOut(heading, fields);
    connect(m_title, &QLineEdit::textChanged, this, &QuestionForm::showPreview);
    connect(m_prompt, &QLineEdit::textChanged, this, &QuestionForm::showPreview);
    showPreview();
    m_prompt->setFocus();
}

QWidget *QuestionForm::buildFields(const QuestionDraft &draft)
{
    auto *fields = new QWidget;
    auto *form = new QVBoxLayout(fields);
    m_title = new QLineEdit(QString::fromStdString(draft.title), fields);
    m_prompt = new QLineEdit(QString::fromStdString(draft.question.prompt), fields);
    m_prompt->setPlaceholderText(tr("The question the room sees"));
    followTextDirection(m_title);
    followTextDirection(m_prompt);
    form->addWidget(fieldLabel(tr("&Title of the slide"), m_title, fields));
    form->addWidget(m_title);
    form->addWidget(fieldLabel(tr("&Question"), m_prompt, fields));
    form->addWidget(m_prompt);
    for (int i = 0; i < kMostOptions; ++i)
        form->addWidget(buildOption(i + 1));
    m_more = new QPushButton(tr("Add an option"), fields);
    m_fewer = new QPushButton(tr("Remove the last option"), fields);
    connect(m_more, &QPushButton::clicked, this, [this] { setOptionCount(m_count + 1); });
    connect(m_fewer, &QPushButton::clicked, this, [this] { setOptionCount(m_count - 1); });
    auto *counts = new QHBoxLayout;
    counts->addWidget(m_more);
    counts->addWidget(m_fewer);
    counts->addStretch(1);
    form->addLayout(counts);
    m_vote = new QCheckBox(tr("The room's phones &vote on it"), fields);
    m_vote->setChecked(draft.question.vote);
    form->addWidget(m_vote);
    form->addStretch(1);
    for (QWidget *field : {static_cast<QWidget *>(m_title), static_cast<QWidget *>(m_prompt), static_cast<QWidget *>(m_vote),
                           static_cast<QWidget *>(m_more), static_cast<QWidget *>(m_fewer)})
        watch(field);

    const auto &options = draft.question.options;
    for (std::size_t i = 0; i < options.size() && i < m_options.size(); ++i) {
        m_options[i].text->setText(QString::fromStdString(options[i].text));
        m_options[i].feedback->setText(QString::fromStdString(options[i].feedback));
        m_options[i].text->setCursorPosition(0);  // a long option shows its start
        m_options[i].feedback->setCursorPosition(0);
        QStringList points;
        for (const std::string &p : options[i].talkingPoints)
            points << QString::fromStdString(p);
        m_options[i].talkingPoints->setPlainText(points.join(QLatin1Char('\n')));
    }
    if (QAbstractButton *right = m_right->button(draft.question.answer - 1))
        right->setChecked(true);
    setOptionCount(std::max(kFewestOptions, int(options.size())));
    return fields;
}

void QuestionForm::layOut(const QString &heading, QWidget *fields)
{
    auto *title = new QLabel(heading, this);
    title->setObjectName(QStringLiteral("heading"));
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(fields);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *side = new QVBoxLayout;
    side->addWidget(new QLabel(tr("As the room sees it"), this));
    side->addWidget(m_preview);
    side->addWidget(fieldLabel(tr("&Notes"), m_notes, this));
    side->addWidget(m_notes, 1);
    auto *columns = new QHBoxLayout;
    columns->addWidget(scroll, 11);
    columns->addLayout(side, 9);
    auto *layout = new QVBoxLayout(this);
    const int m = theme::authorFormMarginPx;
    layout->setContentsMargins(m, m, m, m);
    layout->addWidget(title);
    layout->addLayout(columns, 1);
    layout->addWidget(refusalLine());
    layout->addLayout(buttonRow(tr("Tab: next field · Ctrl+Enter saves · Esc closes · the notes: one per paragraph, Ctrl+1–4 their kind")));
}

QWidget *QuestionForm::buildOption(int number)
{
    auto *row = new QWidget;
    auto *grid = new QGridLayout(row);
    grid->setContentsMargins(0, theme::authorFormMarginPx / 2, 0, 0);
    OptionFields f;
    f.row = row;
    auto *right = new QRadioButton(tr("Option &%1 is the right one").arg(number), row);
    m_right->addButton(right, number - 1);
    f.text = new QLineEdit(row);
    f.text->setPlaceholderText(tr("Option %1, as the room sees it").arg(number));
    f.text->setAccessibleName(tr("Option %1").arg(number));
    f.feedback = new QLineEdit(row);
    f.feedback->setPlaceholderText(tr("Feedback the room sees when it picks this option (optional)"));
    f.feedback->setAccessibleName(tr("Feedback of option %1").arg(number));
    f.talkingPoints = new QPlainTextEdit(row);
    f.talkingPoints->setTabChangesFocus(true);
    f.talkingPoints->setPlaceholderText(tr("Talking points for you only, one per line (optional)"));
    f.talkingPoints->setAccessibleName(tr("Talking points of option %1").arg(number));
    f.talkingPoints->setFixedHeight(f.talkingPoints->fontMetrics().lineSpacing() * 2 + theme::authorFormMarginPx);
    grid->addWidget(right, 0, 0);
    grid->addWidget(f.text, 1, 0);
    grid->addWidget(f.feedback, 2, 0);
    grid->addWidget(f.talkingPoints, 3, 0);
    followTextDirection(f.text);
    followTextDirection(f.feedback);
    for (QWidget *field : {static_cast<QWidget *>(right), static_cast<QWidget *>(f.text), static_cast<QWidget *>(f.feedback),
                           static_cast<QWidget *>(f.talkingPoints)})
        watch(field);
    connect(right, &QRadioButton::toggled, this, &QuestionForm::showPreview);
    connect(f.text, &QLineEdit::textChanged, this, &QuestionForm::showPreview);
    m_options.push_back(f);
    return row;
}

void QuestionForm::setOptionCount(int count)
{
    m_count = std::clamp(count, kFewestOptions, kMostOptions);
    for (int i = 0; i < int(m_options.size()); ++i)
        m_options[std::size_t(i)].row->setVisible(i < m_count);
    m_more->setEnabled(m_count < kMostOptions);
    m_fewer->setEnabled(m_count > kFewestOptions);
    showPreview();
}

QuestionDraft QuestionForm::draft() const
{
    QuestionDraft d = m_base;
    d.title = m_title->text().trimmed().toStdString();
    d.question.prompt = m_prompt->text().trimmed().toStdString();
    d.question.vote = m_vote->isChecked();
    d.question.answer = m_right->checkedId() + 1;
    d.question.options.clear();
    for (int i = 0; i < m_count; ++i) {
        const OptionFields &f = m_options[std::size_t(i)];
        QuestionOption option{f.text->text().trimmed().toStdString(), {}, f.feedback->text().trimmed().toStdString()};
        for (const QString &line : f.talkingPoints->toPlainText().split(QLatin1Char('\n')))
            if (!line.trimmed().isEmpty())
                option.talkingPoints.push_back(line.trimmed().toStdString());
        d.question.options.push_back(std::move(option));
    }
    d.notes = m_notes->notes();
    return d;
}

void QuestionForm::showPreview()
{
    if (!m_preview)
        return;  // still being built
    const QuestionDraft d = draft();
    Slide slide;
    slide.kind = SlideKind::FilmQuestion;
    slide.title = d.title;
    slide.question = d.question;
    SlideFrame frame = m_room;
    frame.view.slide = publicPartOf(slide);
    frame.view.filmPhase = FilmPhase::AtStop;
    frame.view.questionPhase = QuestionPhase::Discussing;
    m_preview->setFrame(std::move(frame));
}

}  // namespace stoppunkt
