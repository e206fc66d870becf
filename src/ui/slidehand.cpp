// SPDX-License-Identifier: MIT
// Mouse, tablet and wheel events over a slide, given to the dispatcher as positions across the slide shown.
#include "ui/slidehand.h"

#include "input/commanddispatcher.h"
#include "ui/sliderenderer.h"

#include <QMouseEvent>
#include <QTabletEvent>
#include <QWheelEvent>

namespace stoppunkt {

bool handleSlideHand(CommandDispatcher &dispatcher, const QRectF &area, QEvent *event)
{
    const QRectF slide = SlideRenderer::letterbox(area);
    if (slide.isEmpty())
        return false;
    const auto across = [&](const QPointF &at) {
        return QPointF((at.x() - slide.left()) / slide.width(), (at.y() - slide.top()) / slide.height());
    };
    switch (event->type()) {
    case QEvent::TabletPress:
    case QEvent::TabletMove:
    case QEvent::TabletRelease: {
        auto *tablet = static_cast<QTabletEvent *>(event);
        const QPointF at = across(tablet->position());
        const double pressure = tablet->pressure();
        if (event->type() == QEvent::TabletPress && slide.contains(tablet->position()))
            dispatcher.pressAt(at.x(), at.y(), pressure);
        else if (event->type() == QEvent::TabletMove) {
            dispatcher.pointAt(at.x(), at.y());
            dispatcher.dragTo(at.x(), at.y(), pressure);
        } else if (event->type() == QEvent::TabletRelease)
            dispatcher.release();
        event->accept();  // no mouse event is made from it: the pressure would be lost
        return true;
    }
    case QEvent::MouseButtonPress: {
        auto *mouse = static_cast<QMouseEvent *>(event);
        const QPointF at = across(mouse->position());
        return mouse->button() == Qt::LeftButton && slide.contains(mouse->position()) && dispatcher.pressAt(at.x(), at.y());
    }
    case QEvent::MouseMove: {
        auto *mouse = static_cast<QMouseEvent *>(event);
        const QPointF at = across(mouse->position());
        if (slide.contains(mouse->position()))
            dispatcher.pointAt(at.x(), at.y());
        if (mouse->buttons() & Qt::LeftButton)
            dispatcher.dragTo(at.x(), at.y());
        return true;
    }
    case QEvent::MouseButtonRelease: dispatcher.release(); return false;
    case QEvent::Wheel: {
        auto *wheel = static_cast<QWheelEvent *>(event);
        if (!slide.contains(wheel->position()) || wheel->angleDelta().y() == 0)
            return false;
        const QPointF at = across(wheel->position());
        dispatcher.zoomBy(wheel->angleDelta().y() / 120.0, at.x(), at.y());
        return true;
    }
    default: return false;
    }
}

}  // namespace stoppunkt
