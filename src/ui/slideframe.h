// SPDX-License-Identifier: MIT
#pragma once

#include "session/presentationstate.h"

#include <QImage>
#include <QString>
#include <QStringList>

namespace stoppunkt {

class SessionView;

/// Everything the renderer needs to draw one slide as the room sees it: the projector's whole picture as one
/// value. Two equal frames draw the same pixels at the same size, so a picture drawn ahead is reused only when
/// the whole frame is equal; a field added here takes part in that comparison without anyone listing it.
struct SlideFrame {
    AudienceView view;
    QString course;
    QString lessonTitle;
    QString language;
    int slideCount = 0;
    QString filmTitle;  ///< for the film card
    QString stopLabel;  ///< where the playing segment stops ("Stoppunkt #1"), or empty when it plays to the end
    QStringList flipchart;
    QImage videoFrame;  ///< the current film frame, when a software surface provides one
    bool filmUnavailable = false;

    bool operator==(const SlideFrame &other) const = default;
    /// The same frame without the facilitator's pointer and strokes: the slide under them, which need not be
    /// drawn again when only the pointer moves or a stroke grows.
    SlideFrame withoutOverlay() const
    {
        SlideFrame under = *this;
        under.view.pointer = {};
        under.view.ink.clear();
        under.view.stroke.reset();
        return under;
    }
};

/// The frame for a view of the session's lesson (the current view, or the preview of the next one).
SlideFrame frameFor(const SessionView &session, const AudienceView &view);
/// What the room sees now, film frame included: the one function behind the projector and the console's
/// "now on the projector". `videoFrame` is the software surface's latest frame (null without one).
SlideFrame roomFrame(const SessionView &session, const QImage &videoFrame);

}  // namespace stoppunkt
