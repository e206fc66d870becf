// SPDX-License-Identifier: MIT
// ConsoleWindow's painted parts in words, for assistive technology: what "now on the projector", the next
// step, the notes, the timer and the question's state show, in the UI language.
#include "ui/consolewindow.h"

#include "session/sessionview.h"
#include "ui/pacetext.h"

#include <QStringList>

namespace stoppunkt {

namespace {
QString optionList(const std::vector<int> &options)
{
    QStringList numbers;
    for (int option : options)
        numbers << QString::number(option);
    return numbers.join(QStringLiteral(", "));
}
}  // namespace

QString ConsoleWindow::partName(Part part)
{
    switch (part) {
    case Part::Now: return tr("Now on the projector");
    case Part::Next: return tr("Next");
    case Part::Notes: return tr("Notes");
    case Part::Timer: return tr("Timer");
    case Part::Question: return tr("The question");
    }
    return {};
}

QRectF ConsoleWindow::partRect(Part part) const
{
    switch (part) {
    case Part::Now: return m_layout.nowSlide;
    case Part::Next: return m_layout.nextSlide;
    case Part::Notes:
    case Part::Question: return m_layout.rightInner;
    case Part::Timer: return m_layout.timer.united(m_layout.paceLine);
    }
    return {};
}

QString ConsoleWindow::spoken(Part part) const
{
    const Slide &slide = m_session.slide();
    switch (part) {
    case Part::Now: {
        QString now =
            tr("Slide %1 of %2: %3").arg(m_session.slideIndex() + 1).arg(m_session.slideCount()).arg(QString::fromStdString(slide.title));
        if (const std::string_view page = slide.page.alternativeText(); !page.empty())
            now += QStringLiteral(". ") + QString::fromUtf8(page);  // the deck's page (or backdrop), in words
        if (m_session.blank() != Blank::None)
            now += QStringLiteral(". ") + (m_session.blank() == Blank::Black ? tr("The projector is black") : tr("The projector is white"));
        return now;
    }
    case Part::Next: {
        const auto next = m_session.previewOfNext();
        return next ? QString::fromStdString(next->slide.title) : tr("The end of the lesson");
    }
    case Part::Notes: {
        QStringList notes;
        for (const Note &note : slide.notesAt(m_session.buildStep()))
            notes << QString::fromStdString(note.text);
        return notes.join(QLatin1Char('\n'));
    }
    case Part::Timer: {
        const QString plan = pace().text;
        return plan.isEmpty() ? timerText() : timerText() + QStringLiteral(". ") + plan;
    }
    case Part::Question: {
        const int answer = slide.question.answer;
        if (!slide.isQuestion() || answer < 1 || answer > int(slide.question.options.size()))
            return {};
        QString question =
            tr("The right answer is %1: %2.").arg(answer).arg(QString::fromStdString(slide.question.options[answer - 1].text));
        const std::vector<int> picks = m_session.audienceView().picks;
        question += QLatin1Char(' ') + (picks.empty() ? tr("Nothing picked yet.") : tr("Picked: %1.").arg(optionList(picks)));
        if (m_session.questionPhase() == QuestionPhase::Revealed)
            question += QLatin1Char(' ') + tr("The room sees the answer.");
        return question;
    }
    }
    return {};
}

}  // namespace stoppunkt
