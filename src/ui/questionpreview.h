// SPDX-License-Identifier: MIT
#pragma once

#include "ui/slideframe.h"

#include <QWidget>

namespace stoppunkt {

/// The question being written, drawn as the room will see it while it is discussed: by the projector's own
/// renderer, so without the right answer, the talking points or the feedback.
class QuestionPreview : public QWidget {
    Q_OBJECT
public:
    explicit QuestionPreview(QWidget *parent = nullptr);
    void setFrame(SlideFrame frame);
    const SlideFrame &frame() const { return m_frame; }

protected:
    void paintEvent(QPaintEvent *event) override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

private:
    SlideFrame m_frame;
};

}  // namespace stoppunkt
