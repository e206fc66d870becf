// SPDX-License-Identifier: MIT
#include "audit/slidetexts.h"

#include "lesson/reporter.h"

namespace stoppunkt {

namespace {
/// Collects the texts of one slide under its pointer; empty texts are left out.
class TextList {
public:
    explicit TextList(std::string slidePointer) : m_slide(std::move(slidePointer)) { }

    void add(const std::string &pointer, const std::string &text, bool smallPrint = false)
    {
        if (!text.empty())
            m_texts.push_back({m_slide + pointer, QString::fromStdString(text), smallPrint});
    }
    void addList(const std::string &key, const std::vector<std::string> &texts)
    {
        for (std::size_t i = 0; i < texts.size(); ++i)
            add(childPointer("/" + key, i), texts[i]);
    }
    void addAxis(const std::string &key, const MatrixAxis &axis)
    {
        add("/" + key + "/label", axis.label);
        add("/" + key + "/low", axis.low);
        add("/" + key + "/high", axis.high);
    }
    std::vector<AuthoredText> take() { return std::move(m_texts); }

private:
    std::string m_slide;
    std::vector<AuthoredText> m_texts;
};

void addData(TextList &list, const Slide &slide)
{
    list.addList("columns", slide.table.columns);
    for (std::size_t r = 0; r < slide.table.rows.size(); ++r)
        list.addList(childPointer("rows", r), slide.table.rows[r]);
    list.addAxis("xAxis", slide.xAxis);
    list.addAxis("yAxis", slide.yAxis);
    for (std::size_t i = 0; i < slide.quadrants.size(); ++i) {
        list.add(childPointer("/quadrants", i) + "/label", slide.quadrants[i].label);
        list.add(childPointer("/quadrants", i) + "/detail", slide.quadrants[i].detail);
    }
    list.addList("series", slide.chart.series);
    for (std::size_t i = 0; i < slide.chart.categories.size(); ++i)
        list.add(childPointer("/categories", i) + "/label", slide.chart.categories[i].label);
    list.add("/caption", slide.caption, true);
}
}  // namespace

std::vector<AuthoredText> authoredTexts(const Slide &slide, int index)
{
    TextList list(childPointer("/slides", std::size_t(index)));
    list.add("/title", slide.title);
    list.add("/subtitle", slide.subtitle);
    list.add("/lead", slide.lead);
    list.add("/prompt", slide.prompt);
    list.addList("bullets", slide.bullets);
    list.add("/saysHeading", slide.saysHeading);
    list.add("/actionHeading", slide.actionHeading);
    for (std::size_t i = 0; i < slide.steps.size(); ++i) {
        const std::string step = childPointer("/steps", i);
        list.add(step + "/label", slide.steps[i].label);
        list.add(step + "/detail", slide.steps[i].detail);
        list.add(step + "/says", slide.steps[i].says);
        list.add(step + "/action", slide.steps[i].action);
    }
    list.add("/question", slide.question.prompt);
    for (std::size_t i = 0; i < slide.question.options.size(); ++i) {
        list.add(childPointer("/options", i), slide.question.options[i].text);
        list.add(childPointer("/options", i) + "/feedback", slide.question.options[i].feedback);
    }
    addData(list, slide);
    list.add("/lessonsHeading", slide.lessonsHeading);
    return list.take();
}

}  // namespace stoppunkt
