// SPDX-License-Identifier: MIT
#include "ui/questionpreview.h"

#include "ui/sliderenderer.h"
#include "ui/theme.h"

#include <QPainter>

namespace stoppunkt {

QuestionPreview::QuestionPreview(QWidget *parent) : QWidget(parent)
{
    QSizePolicy policy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
}

void QuestionPreview::setFrame(SlideFrame frame)
{
    if (frame == m_frame)
        return;
    m_frame = std::move(frame);
    update();
}

int QuestionPreview::heightForWidth(int width) const
{
    return width * 9 / 16;
}

void QuestionPreview::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), theme::consoleBackground);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    SlideRenderer().render(painter, SlideRenderer::letterbox(QRectF(rect())), m_frame);
}

}  // namespace stoppunkt
