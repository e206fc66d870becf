<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Action</name>
    <message>
        <source>Next: build, film, question, then slide</source>
        <translation>Next: build, film, question, then slide</translation>
    </message>
    <message>
        <source>Previous step or slide</source>
        <translation>Previous step or slide</translation>
    </message>
    <message>
        <source>First slide</source>
        <translation>First slide</translation>
    </message>
    <message>
        <source>Last slide</source>
        <translation>Last slide</translation>
    </message>
    <message>
        <source>Black screen on the projector (toggle)</source>
        <translation>Black screen on the projector (toggle)</translation>
    </message>
    <message>
        <source>White screen on the projector (toggle)</source>
        <translation>White screen on the projector (toggle)</translation>
    </message>
    <message>
        <source>Start or resume: projector full screen, blank off, timer on</source>
        <translation>Start or resume: projector full screen, blank off, timer on</translation>
    </message>
    <message>
        <source>Leave blank, an overlay or full screen (never quits)</source>
        <translation>Leave blank, an overlay or full screen (never quits)</translation>
    </message>
    <message>
        <source>Quit (asks first)</source>
        <translation>Quit (asks first)</translation>
    </message>
    <message>
        <source>Pause or run the elapsed timer</source>
        <translation>Pause or run the elapsed timer</translation>
    </message>
    <message>
        <source>Reset the elapsed timer</source>
        <translation>Reset the elapsed timer</translation>
    </message>
    <message>
        <source>Overview of all slides, to jump</source>
        <translation>Overview of all slides, to jump</translation>
    </message>
    <message>
        <source>This help</source>
        <translation>This help</translation>
    </message>
    <message>
        <source>Larger notes</source>
        <translation>Larger notes</translation>
    </message>
    <message>
        <source>Smaller notes</source>
        <translation>Smaller notes</translation>
    </message>
    <message>
        <source>Scroll the notes down (when they do not fit)</source>
        <translation>Scroll the notes down (when they do not fit)</translation>
    </message>
    <message>
        <source>Scroll the notes up</source>
        <translation>Scroll the notes up</translation>
    </message>
    <message>
        <source>Swap the projector and console screens</source>
        <translation>Swap the projector and console screens</translation>
    </message>
    <message>
        <source>Reveal the right answer</source>
        <translation>Reveal the right answer</translation>
    </message>
    <message>
        <source>Undo the last pick</source>
        <translation>Undo the last pick</translation>
    </message>
    <message>
        <source>Replay the film segment from its start</source>
        <translation>Replay the film segment from its start</translation>
    </message>
    <message>
        <source>Film subtitles on or off</source>
        <translation>Film subtitles on or off</translation>
    </message>
    <message>
        <source>Pause or resume the film</source>
        <translation>Pause or resume the film</translation>
    </message>
    <message>
        <source>Film back 10 seconds</source>
        <translation>Film back 10 seconds</translation>
    </message>
    <message>
        <source>Film louder</source>
        <translation>Film louder</translation>
    </message>
    <message>
        <source>Film softer</source>
        <translation>Film softer</translation>
    </message>
    <message>
        <source>Write the room&apos;s answers on the flip chart (flip-chart slides)</source>
        <translation>Write the room&apos;s answers on the flip chart (flip-chart slides)</translation>
    </message>
    <message>
        <source>Open another lesson (on the summary slide, its choices come first)</source>
        <translation>Open another lesson (on the summary slide, its choices come first)</translation>
    </message>
    <message>
        <source>Console language: dansk, norsk, svenska, English (remembered)</source>
        <translation>Console language: dansk, norsk, svenska, English (remembered)</translation>
    </message>
    <message>
        <source>Author mode: print the film&apos;s position as a stop point</source>
        <translation>Author mode: print the film&apos;s position as a stop point</translation>
    </message>
    <message>
        <source>The room answers from their phones: on or off (the room&apos;s Wi-Fi, nothing leaves it)</source>
        <translation>The room answers from their phones: on or off (the room&apos;s Wi-Fi, nothing leaves it)</translation>
    </message>
    <message>
        <source>The join card on the projector: QR code and room code</source>
        <translation>The join card on the projector: QR code and room code</translation>
    </message>
    <message>
        <source>Open or close the room&apos;s vote on this question</source>
        <translation>Open or close the room&apos;s vote on this question</translation>
    </message>
    <message>
        <source>Show or hide the room&apos;s votes on the projector</source>
        <translation>Show or hide the room&apos;s votes on the projector</translation>
    </message>
    <message>
        <source>Put the room&apos;s first suggestion on the flip chart</source>
        <translation>Put the room&apos;s first suggestion on the flip chart</translation>
    </message>
    <message>
        <source>Drop the room&apos;s first suggestion</source>
        <translation>Drop the room&apos;s first suggestion</translation>
    </message>
    <message>
        <source>Where the room&apos;s phones join: choose the network (remembered)</source>
        <translation>Where the room&apos;s phones join: choose the network (remembered)</translation>
    </message>
    <message>
        <source>Pair a phone as your remote: its code on the console, never on the projector</source>
        <translation>Pair a phone as your remote: its code on the console, never on the projector</translation>
    </message>
    <message>
        <source>Drop the paired remote</source>
        <translation>Drop the paired remote</translation>
    </message>
    <message>
        <source>Close the room to new phones once everyone is in, or open it again</source>
        <translation>Close the room to new phones once everyone is in, or open it again</translation>
    </message>
    <message>
        <source>Pointer on the projector: the mouse over the slide moves it</source>
        <translation>Pointer on the projector: the mouse over the slide moves it</translation>
    </message>
    <message>
        <source>Spotlight: all but the pointer&apos;s circle dimmed</source>
        <translation>Spotlight: all but the pointer&apos;s circle dimmed</translation>
    </message>
    <message>
        <source>Pen: draw on the slide with the mouse, a tablet or touch</source>
        <translation>Pen: draw on the slide with the mouse, a tablet or touch</translation>
    </message>
    <message>
        <source>Highlighter</source>
        <translation>Highlighter</translation>
    </message>
    <message>
        <source>Eraser: removes the stroke under it</source>
        <translation>Eraser: removes the stroke under it</translation>
    </message>
    <message>
        <source>Undo the last stroke, erase or clear</source>
        <translation>Undo the last stroke, erase or clear</translation>
    </message>
    <message>
        <source>Clear this slide&apos;s strokes</source>
        <translation>Clear this slide&apos;s strokes</translation>
    </message>
    <message>
        <source>Pen colour: red, blue, green, black</source>
        <translation>Pen colour: red, blue, green, black</translation>
    </message>
    <message>
        <source>Pen width: thin, medium, thick</source>
        <translation>Pen width: thin, medium, thick</translation>
    </message>
    <message>
        <source>Zoom in where the mouse is (the wheel zooms, a drag pans)</source>
        <translation>Zoom in where the mouse is (the wheel zooms, a drag pans)</translation>
    </message>
    <message>
        <source>Author mode: set, move and label the film&apos;s stop points on its timeline</source>
        <translation>Author mode: set, move and label the film&apos;s stop points on its timeline</translation>
    </message>
    <message>
        <source>Author mode: write this slide&apos;s notes</source>
        <translation>Author mode: write this slide&apos;s notes</translation>
    </message>
    <message>
        <source>Author mode: write the question at this film stop (or edit this question)</source>
        <translation>Author mode: write the question at this film stop (or edit this question)</translation>
    </message>
    <message>
        <source>Author mode: move this slide one place earlier</source>
        <translation>Author mode: move this slide one place earlier</translation>
    </message>
    <message>
        <source>Author mode: move this slide one place later</source>
        <translation>Author mode: move this slide one place later</translation>
    </message>
    <message>
        <source>Author mode: copy this slide</source>
        <translation>Author mode: copy this slide</translation>
    </message>
    <message>
        <source>Author mode: delete this slide</source>
        <translation>Author mode: delete this slide</translation>
    </message>
    <message>
        <source>Author mode: change this slide&apos;s title</source>
        <translation>Author mode: change this slide&apos;s title</translation>
    </message>
    <message>
        <source>Author mode: split this deck slide in two at the build step shown</source>
        <translation>Author mode: split this deck slide in two at the build step shown</translation>
    </message>
    <message>
        <source>Author mode: undo the last change to the lesson file</source>
        <translation>Author mode: undo the last change to the lesson file</translation>
    </message>
    <message>
        <source>Author mode: redo the change undone last</source>
        <translation>Author mode: redo the change undone last</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message numerus="yes">
        <source>%n slides</source>
        <translation>
            <numerusform>%n slide</numerusform>
            <numerusform>%n slides</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n films</source>
        <translation>
            <numerusform>%n film</numerusform>
            <numerusform>%n films</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stop points</source>
        <translation>
            <numerusform>%n stop point</numerusform>
            <numerusform>%n stop points</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n questions</source>
        <translation>
            <numerusform>%n question</numerusform>
            <numerusform>%n questions</numerusform>
        </translation>
    </message>
    <message>
        <source>OK: %1</source>
        <translation>OK: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n errors</source>
        <translation>
            <numerusform>%1: %n error</numerusform>
            <numerusform>%1: %n errors</numerusform>
        </translation>
    </message>
    <message>
        <source>Stoppunkt presents a training lesson on two screens: the projector for the room, a private console for the facilitator.</source>
        <translation>Stoppunkt presents a training lesson on two screens: the projector for the room, a private console for the facilitator.</translation>
    </message>
    <message>
        <source>Check the lesson files and print every problem. Exit 0 when all are valid, 1 on lesson errors, 2 on usage errors.</source>
        <translation>Check the lesson files and print every problem. Exit 0 when all are valid, 1 on lesson errors, 2 on usage errors.</translation>
    </message>
    <message>
        <source>With --validate: show the result in a window instead of the terminal (the desktop menu&apos;s &quot;Check a lesson&quot;).</source>
        <translation>With --validate: show the result in a window instead of the terminal (the desktop menu&apos;s &quot;Check a lesson&quot;).</translation>
    </message>
    <message>
        <source>Print one line per slide, with question options (* = right) and film segments, for review.</source>
        <translation>Print one line per slide, with question options (* = right) and film segments, for review.</translation>
    </message>
    <message>
        <source>Step through the lesson as a Next-only clicker would, writing step-NNN-projector.png and step-NNN-console.png into &lt;dir&gt;, then exit.</source>
        <translation>Step through the lesson as a Next-only clicker would, writing step-NNN-projector.png and step-NNN-console.png into &lt;dir&gt;, then exit.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>dir</translation>
    </message>
    <message>
        <source>Window size for --walkthrough (default 1920x1080).</source>
        <translation>Window size for --walkthrough (default 1920x1080).</translation>
    </message>
    <message>
        <source>WxH</source>
        <translation>WxH</translation>
    </message>
    <message>
        <source>Rehearsal: both windows as normal windows, nothing full screen.</source>
        <translation>Rehearsal: both windows as normal windows, nothing full screen.</translation>
    </message>
    <message>
        <source>Put the projector window on the screen with this name.</source>
        <translation>Put the projector window on the screen with this name.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>Print the time from start until both windows have painted the first slide.</source>
        <translation>Print the time from start until both windows have painted the first slide.</translation>
    </message>
    <message>
        <source>Quit once both windows have painted (for benchmarks).</source>
        <translation>Quit once both windows have painted (for benchmarks).</translation>
    </message>
    <message>
        <source>How the projector draws the film: gl (OpenGL), sw (software) or auto (gl where OpenGL works).</source>
        <translation>How the projector draws the film: gl (OpenGL), sw (software) or auto (gl where OpenGL works).</translation>
    </message>
    <message>
        <source>Write the exact frame shown at each stop point as &lt;dir&gt;/stop-N.png at the film&apos;s size, then exit.</source>
        <translation>Write the exact frame shown at each stop point as &lt;dir&gt;/stop-N.png at the film&apos;s size, then exit.</translation>
    </message>
    <message>
        <source>Author mode: M prints the film&apos;s position as a stop-point entry.</source>
        <translation>Author mode: M prints the film&apos;s position as a stop-point entry.</translation>
    </message>
    <message>
        <source>Resume the interrupted session of this lesson without asking.</source>
        <translation>Resume the interrupted session of this lesson without asking.</translation>
    </message>
    <message>
        <source>Write the summary of a session record (SESSION.json) as a PDF; give the file with -o.</source>
        <translation>Write the summary of a session record (SESSION.json) as a PDF; give the file with -o.</translation>
    </message>
    <message>
        <source>session</source>
        <translation>session</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>Press these keys once the windows show, e.g. &quot;Right,Right,2&quot;; &quot;flipchart:TEXT&quot; adds a flip-chart entry; &quot;lesson:N&quot; opens the summary slide&apos;s Nth lesson, &quot;lesson:FILE&quot; any lesson (for automation).</source>
        <translation>Press these keys once the windows show, e.g. &quot;Right,Right,2&quot;; &quot;flipchart:TEXT&quot; adds a flip-chart entry; &quot;lesson:N&quot; opens the summary slide&apos;s Nth lesson, &quot;lesson:FILE&quot; any lesson (for automation).</translation>
    </message>
    <message>
        <source>keys</source>
        <translation>keys</translation>
    </message>
    <message>
        <source>Print the session&apos;s state as JSON once the windows show (for automation).</source>
        <translation>Print the session&apos;s state as JSON once the windows show (for automation).</translation>
    </message>
    <message>
        <source>Write the facilitator&apos;s handout (two slides per page, with their notes) as a PDF, then exit.</source>
        <translation>Write the facilitator&apos;s handout (two slides per page, with their notes) as a PDF, then exit.</translation>
    </message>
    <message>
        <source>pdf</source>
        <translation>pdf</translation>
    </message>
    <message>
        <source>Reload the lesson when its file changes, staying on the same slide (live preview).</source>
        <translation>Reload the lesson when its file changes, staying on the same slide (live preview).</translation>
    </message>
    <message>
        <source>The language of the console, the dialogs and these messages: da, nb, sv or en. Without it, the language last chosen in the console (key L), else the system&apos;s.</source>
        <translation>The language of the console, the dialogs and these messages: da, nb, sv or en. Without it, the language last chosen in the console (key L), else the system&apos;s.</translation>
    </message>
    <message>
        <source>Lesson file(s) (lesson.json).</source>
        <translation>Lesson file(s) (lesson.json).</translation>
    </message>
    <message>
        <source>--ui-language takes da, nb, sv or en</source>
        <translation>--ui-language takes da, nb, sv or en</translation>
    </message>
    <message>
        <source>--video-output takes gl, sw or auto</source>
        <translation>--video-output takes gl, sw or auto</translation>
    </message>
    <message>
        <source>--size takes WIDTHxHEIGHT, like 1920x1080</source>
        <translation>--size takes WIDTHxHEIGHT, like 1920x1080</translation>
    </message>
    <message>
        <source>--report SESSION.json needs -o report.pdf, and nothing else</source>
        <translation>--report SESSION.json needs -o report.pdf, and nothing else</translation>
    </message>
    <message>
        <source>%1 takes exactly one lesson file</source>
        <translation>%1 takes exactly one lesson file</translation>
    </message>
    <message>
        <source>give one lesson to present</source>
        <translation>give one lesson to present</translation>
    </message>
    <message>
        <source>The lesson is ready</source>
        <translation>The lesson is ready</translation>
    </message>
    <message>
        <source>The lesson has problems</source>
        <translation>The lesson has problems</translation>
    </message>
    <message>
        <source>Try &apos;stoppunkt --help&apos; for more information.</source>
        <translation>Try &apos;stoppunkt --help&apos; for more information.</translation>
    </message>
    <message>
        <source>there is no display to show the windows on (DISPLAY is not set). Start it in a desktop session, or use --walkthrough, --validate or --outline.</source>
        <translation>there is no display to show the windows on (DISPLAY is not set). Start it in a desktop session, or use --walkthrough, --validate or --outline.</translation>
    </message>
    <message numerus="yes">
        <source>wrote %1 (%n pages)</source>
        <translation>
            <numerusform>wrote %1 (%n page)</numerusform>
            <numerusform>wrote %1 (%n pages)</numerusform>
        </translation>
    </message>
    <message>
        <source>the record&apos;s lesson %1 cannot be read:</source>
        <translation>the record&apos;s lesson %1 cannot be read:</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>cannot create %1</translation>
    </message>
    <message>
        <source>the film did not load</source>
        <translation>the film did not load</translation>
    </message>
    <message>
        <source>the film did not reach stop point %1</source>
        <translation>the film did not reach stop point %1</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>cannot write %1</translation>
    </message>
    <message numerus="yes">
        <source>wrote %n stop frames to %1</source>
        <translation>
            <numerusform>wrote %n stop frame to %1</numerusform>
            <numerusform>wrote %n stop frames to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>wrote %n steps to %1</source>
        <translation>
            <numerusform>wrote %n step to %1</numerusform>
            <numerusform>wrote %n steps to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>lesson</source>
        <translation>lesson</translation>
    </message>
    <message>
        <source>[lesson...]</source>
        <translation>[lesson...]</translation>
    </message>
    <message>
        <source>address</source>
        <translation>address</translation>
    </message>
    <message>
        <source>--room-address takes an IP address, like 192.168.1.20</source>
        <translation>--room-address takes an IP address, like 192.168.1.20</translation>
    </message>
    <message>
        <source>The address the room&apos;s phones connect to when participation is on (Ctrl+J by default). Without it, this computer&apos;s address on the local network.</source>
        <translation>The address the room&apos;s phones connect to when participation is on (Ctrl+J by default). Without it, this computer&apos;s address on the local network.</translation>
    </message>
    <message>
        <source>With --handout: print the strokes drawn in this session record (SESSION.json) on their slides.</source>
        <translation>With --handout: print the strokes drawn in this session record (SESSION.json) on their slides.</translation>
    </message>
    <message>
        <source>--drawings SESSION.json goes with --handout</source>
        <translation>--drawings SESSION.json goes with --handout</translation>
    </message>
    <message>
        <source>%1 has no state to take the drawings from</source>
        <translation>%1 has no state to take the drawings from</translation>
    </message>
    <message>
        <source>Present it with: stoppunkt %1</source>
        <translation>Present it with: stoppunkt %1</translation>
    </message>
    <message>
        <source>The report&apos;s PDF file, or the lesson folder an import writes.</source>
        <translation>The report&apos;s PDF file, or the lesson folder an import writes.</translation>
    </message>
    <message>
        <source>Bring a deck in as a lesson: write the lesson folder given with -o, with one page slide per page, its titles and its speaker notes. Takes a PDF (notes from a .pdfpc file beside it), a PowerPoint .pptx or an Impress .odp (pages drawn by LibreOffice).</source>
        <translation>Bring a deck in as a lesson: write the lesson folder given with -o, with one page slide per page, its titles and its speaker notes. Takes a PDF (notes from a .pdfpc file beside it), a PowerPoint .pptx or an Impress .odp (pages drawn by LibreOffice).</translation>
    </message>
    <message>
        <source>deck</source>
        <translation>deck</translation>
    </message>
    <message>
        <source>With --import: overwrite a lesson.json that differs from the import (the old one is kept as lesson.json.bak).</source>
        <translation>With --import: overwrite a lesson.json that differs from the import (the old one is kept as lesson.json.bak).</translation>
    </message>
    <message>
        <source>--import DECK needs -o FOLDER, the lesson folder to write, and nothing else</source>
        <translation>--import DECK needs -o FOLDER, the lesson folder to write, and nothing else</translation>
    </message>
    <message>
        <source>--replace goes with --import</source>
        <translation>--replace goes with --import</translation>
    </message>
    <message>
        <source>%1 and %2 cannot be combined</source>
        <translation>%1 and %2 cannot be combined</translation>
    </message>
    <message>
        <source>%1 needs at least one lesson file</source>
        <translation>%1 needs at least one lesson file</translation>
    </message>
    <message>
        <source>Stoppunkt</source>
        <translation>Stoppunkt</translation>
    </message>
    <message>
        <source>The lesson %1 has errors and cannot be opened:

%2</source>
        <translation>The lesson %1 has errors and cannot be opened:

%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; draws nothing here</source>
        <translation>&quot;%1&quot; draws nothing here</translation>
    </message>
    <message>
        <source>cannot open lesson &quot;%1&quot;</source>
        <translation>cannot open lesson &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a key here</source>
        <translation>&quot;%1&quot; is not a key here</translation>
    </message>
    <message>
        <source>Accessibility: nothing found</source>
        <translation>Accessibility: nothing found</translation>
    </message>
    <message numerus="yes">
        <source>Accessibility: %n warnings</source>
        <translation>
            <numerusform>Accessibility: %n warning</numerusform>
            <numerusform>Accessibility: %n warnings</numerusform>
        </translation>
    </message>
    <message>
        <source>With --validate: also warn about what keeps some trainees out: a page slide with no text alternative, a film with no subtitles in the lesson&apos;s language, text drawn too small to read from the back of the room.</source>
        <translation>With --validate: also warn about what keeps some trainees out: a page slide with no text alternative, a film with no subtitles in the lesson&apos;s language, text drawn too small to read from the back of the room.</translation>
    </message>
</context>
<context>
    <name>Console</name>
    <message>
        <source>Go to slide %1: Enter</source>
        <translation>Go to slide %1: Enter</translation>
    </message>
</context>
<context>
    <name>ConsolePanels</name>
    <message>
        <source>Right answer: no. %1</source>
        <translation>Right answer: no. %1</translation>
    </message>
    <message>
        <source>The question comes at the stop point.</source>
        <translation>The question comes at the stop point.</translation>
    </message>
    <message>
        <source>Discussing: the room sees no marks.</source>
        <translation>Discussing: the room sees no marks.</translation>
    </message>
    <message numerus="yes">
        <source>Picking: %n wrong so far.</source>
        <translation>
            <numerusform>Picking: %n wrong so far.</numerusform>
            <numerusform>Picking: %n wrong so far.</numerusform>
        </translation>
    </message>
    <message>
        <source>Keys 1–%1 pick, %2 reveals, %3 undoes.</source>
        <translation>Keys 1–%1 pick, %2 reveals, %3 undoes.</translation>
    </message>
    <message>
        <source>Found by picking: no. %1. Next goes on.</source>
        <translation>Found by picking: no. %1. Next goes on.</translation>
    </message>
    <message>
        <source>Revealed. Next goes on.</source>
        <translation>Revealed. Next goes on.</translation>
    </message>
    <message>
        <source>[pick %1]</source>
        <translation>[pick %1]</translation>
    </message>
    <message>
        <source>cannot play</source>
        <translation>cannot play</translation>
    </message>
    <message>
        <source>loading…</source>
        <translation>loading…</translation>
    </message>
    <message>
        <source>paused (%1 resumes)</source>
        <translation>paused (%1 resumes)</translation>
    </message>
    <message>
        <source>playing</source>
        <translation>playing</translation>
    </message>
    <message>
        <source>at the stop point</source>
        <translation>at the stop point</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>ended</translation>
    </message>
    <message>
        <source>ready: Next starts the film</source>
        <translation>ready: Next starts the film</translation>
    </message>
    <message>
        <source>This lesson has no film.</source>
        <translation>This lesson has no film.</translation>
    </message>
    <message>
        <source>No film on this slide.</source>
        <translation>No film on this slide.</translation>
    </message>
    <message>
        <source>to the end</source>
        <translation>to the end</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <source>subtitles on (%1 hides)</source>
        <translation>subtitles on (%1 hides)</translation>
    </message>
    <message>
        <source>subtitles off (%1 shows)</source>
        <translation>subtitles off (%1 shows)</translation>
    </message>
    <message>
        <source>NEXT LESSON  (%1 opens the one the group chose)</source>
        <translation>NEXT LESSON  (%1 opens the one the group chose)</translation>
    </message>
    <message>
        <source>%1 %2 (not found)</source>
        <translation>%1 %2 (not found)</translation>
    </message>
    <message>
        <source>FLIP CHART  (%1 writes, click an entry to edit it)</source>
        <translation>FLIP CHART  (%1 writes, click an entry to edit it)</translation>
    </message>
    <message>
        <source>No entries yet.</source>
        <translation>No entries yet.</translation>
    </message>
    <message>
        <source>Summary  —  %1 of %2 planned</source>
        <translation>Summary  —  %1 of %2 planned</translation>
    </message>
    <message>
        <source>Summary  —  %1</source>
        <translation>Summary  —  %1</translation>
    </message>
    <message>
        <source>no picks</source>
        <translation>no picks</translation>
    </message>
    <message>
        <source>picks %1</source>
        <translation>picks %1</translation>
    </message>
    <message>
        <source>found in %1</source>
        <translation>found in %1</translation>
    </message>
    <message>
        <source>revealed after %1</source>
        <translation>revealed after %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n flip-chart entries</source>
        <translation>
            <numerusform>%1: %n flip-chart entry</numerusform>
            <numerusform>%1: %n flip-chart entries</numerusform>
        </translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
    <message>
        <source>1–6 pick an option at a question. Elsewhere, type a slide number and press Enter to jump. Keys can be changed in %1.</source>
        <translation>1–6 pick an option at a question. Elsewhere, type a slide number and press Enter to jump. Keys can be changed in %1.</translation>
    </message>
</context>
<context>
    <name>DeckCheck</name>
    <message>
        <source>cannot be opened</source>
        <translation>cannot be opened</translation>
    </message>
    <message>
        <source>is not a PDF that can be read (damaged, cut short or another kind of file)</source>
        <translation>is not a PDF that can be read (damaged, cut short or another kind of file)</translation>
    </message>
    <message>
        <source>is encrypted with a password; export it again without one</source>
        <translation>is encrypted with a password; export it again without one</translation>
    </message>
    <message>
        <source>is protected in a way that cannot be opened; export it again without protection</source>
        <translation>is protected in a way that cannot be opened; export it again without protection</translation>
    </message>
    <message>
        <source>cannot be read as a PDF</source>
        <translation>cannot be read as a PDF</translation>
    </message>
    <message>
        <source>has no pages</source>
        <translation>has no pages</translation>
    </message>
</context>
<context>
    <name>DeckImport</name>
    <message>
        <source>cannot make a temporary folder for LibreOffice: %1</source>
        <translation>cannot make a temporary folder for LibreOffice: %1</translation>
    </message>
    <message>
        <source>LibreOffice (%1) did not start: %2</source>
        <translation>LibreOffice (%1) did not start: %2</translation>
    </message>
    <message>
        <source>LibreOffice could not convert the deck to PDF (exit code %1): %2</source>
        <translation>LibreOffice could not convert the deck to PDF (exit code %1): %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>cannot write %1: %2</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: no such file</translation>
    </message>
    <message>
        <source>%1: the import takes a PDF (.pdf), PowerPoint (.pptx) or Impress (.odp) deck</source>
        <translation>%1: the import takes a PDF (.pdf), PowerPoint (.pptx) or Impress (.odp) deck</translation>
    </message>
    <message>
        <source>%1: drawing the pages of a PowerPoint or Impress deck needs LibreOffice, which is not installed. Install it (sudo apt install libreoffice-impress), or save the deck as PDF and import that.</source>
        <translation>%1: drawing the pages of a PowerPoint or Impress deck needs LibreOffice, which is not installed. Install it (sudo apt install libreoffice-impress), or save the deck as PDF and import that.</translation>
    </message>
    <message>
        <source>Converted %1 to PDF with LibreOffice.</source>
        <translation>Converted %1 to PDF with LibreOffice.</translation>
    </message>
    <message>
        <source>cannot make the folder %1</source>
        <translation>cannot make the folder %1</translation>
    </message>
    <message>
        <source>%1 exists and differs from what this import writes (it may hold your edits), so it was left as it is. Import into another folder, or add --replace to overwrite it (the old file is kept as lesson.json.bak).</source>
        <translation>%1 exists and differs from what this import writes (it may hold your edits), so it was left as it is. Import into another folder, or add --replace to overwrite it (the old file is kept as lesson.json.bak).</translation>
    </message>
    <message>
        <source>cannot keep the old lesson as %1.bak; nothing was written</source>
        <translation>cannot keep the old lesson as %1.bak; nothing was written</translation>
    </message>
    <message>
        <source>Kept the old lesson as %1.bak.</source>
        <translation>Kept the old lesson as %1.bak.</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1 already holds this import; it was left as it is.</source>
        <translation>%1 already holds this import; it was left as it is.</translation>
    </message>
    <message>
        <source>the lesson written does not pass its own check (see above); please report this</source>
        <translation>the lesson written does not pass its own check (see above); please report this</translation>
    </message>
    <message>
        <source>slide %1: its title was shortened to fit on the console</source>
        <translation>slide %1: its title was shortened to fit on the console</translation>
    </message>
    <message>
        <source>slide %1: it has more notes than a slide holds; the last ones were joined into one</source>
        <translation>slide %1: it has more notes than a slide holds; the last ones were joined into one</translation>
    </message>
    <message>
        <source>is not a PowerPoint package that can be read: %1</source>
        <translation>is not a PowerPoint package that can be read: %1</translation>
    </message>
    <message>
        <source>has no ppt/presentation.xml: it is not a PowerPoint presentation</source>
        <translation>has no ppt/presentation.xml: it is not a PowerPoint presentation</translation>
    </message>
    <message>
        <source>is not an Impress package that can be read: %1</source>
        <translation>is not an Impress package that can be read: %1</translation>
    </message>
    <message>
        <source>has no content.xml: it is not an Impress presentation</source>
        <translation>has no content.xml: it is not an Impress presentation</translation>
    </message>
    <message>
        <source>cannot be read (larger than 16 MB, or not readable)</source>
        <translation>cannot be read (larger than 16 MB, or not readable)</translation>
    </message>
    <message>
        <source>Read %1, written by pdfpc before version 4.5 (its notes are by slide).</source>
        <translation>Read %1, written by pdfpc before version 4.5 (its notes are by slide).</translation>
    </message>
    <message>
        <source>Read %1.</source>
        <translation>Read %1.</translation>
    </message>
    <message>
        <source>Slide %1 plays a film linked from %2, outside the deck: the slide came in as its page. Copy the film into the lesson folder and add it to the lesson to play it.</source>
        <translation>Slide %1 plays a film linked from %2, outside the deck: the slide came in as its page. Copy the film into the lesson folder and add it to the lesson to play it.</translation>
    </message>
    <message>
        <source>%1: the film %2 inside it cannot be copied to %3 (damaged, larger than 8 GB, or the folder cannot be written)</source>
        <translation>%1: the film %2 inside it cannot be copied to %3 (damaged, larger than 8 GB, or the folder cannot be written)</translation>
    </message>
    <message>
        <source>%1: the file is empty (0 bytes)</source>
        <translation>%1: the file is empty (0 bytes)</translation>
    </message>
    <message>
        <source>Wrote %1: &quot;%2&quot;, language %3.</source>
        <translation>Wrote %1: &quot;%2&quot;, language %3.</translation>
    </message>
    <message>
        <source>the deck shows %1 slides but LibreOffice&apos;s PDF of it has %2 pages, so the notes cannot be put on their own slides; nothing was imported</source>
        <translation>the deck shows %1 slides but LibreOffice&apos;s PDF of it has %2 pages, so the notes cannot be put on their own slides; nothing was imported</translation>
    </message>
    <message numerus="yes">
        <source>Slides: %n.</source>
        <translation>
            <numerusform>Slides: %n.</numerusform>
            <numerusform>Slides: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Notes: on %n slides.</source>
        <translation>
            <numerusform>Notes: on %n slide.</numerusform>
            <numerusform>Notes: on %n slides.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n notes were written on a build step&apos;s page; the console shows them at that step.</source>
        <translation>
            <numerusform>%n note was written on a build step&apos;s page; the console shows it at that step.</numerusform>
            <numerusform>%n notes were written on a build step&apos;s page; the console shows them at that step.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Time plan: %n minutes, as pdfpc planned the talk.</source>
        <translation>
            <numerusform>Time plan: %n minute, as pdfpc planned the talk.</numerusform>
            <numerusform>Time plan: %n minutes, as pdfpc planned the talk.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Time plan: the rehearsed timings of %n slides.</source>
        <translation>
            <numerusform>Time plan: the rehearsed timing of %n slide.</numerusform>
            <numerusform>Time plan: the rehearsed timings of %n slides.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out: %n hidden slides (hidden in the deck, so its PDF has no pages for them).</source>
        <translation>
            <numerusform>Left out: %n hidden slide (hidden in the deck, so its PDF has no page for it).</numerusform>
            <numerusform>Left out: %n hidden slides (hidden in the deck, so its PDF has no pages for them).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out: %n pages that pdfpc hides.</source>
        <translation>
            <numerusform>Left out: %n page that pdfpc hides.</numerusform>
            <numerusform>Left out: %n pages that pdfpc hides.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>has no slides to show: all %n of its slides are hidden</source>
        <translation>
            <numerusform>has no slides to show: its one slide is hidden</numerusform>
            <numerusform>has no slides to show: all %n of its slides are hidden</numerusform>
        </translation>
    </message>
    <message>
        <source>has no slides: there is nothing to import</source>
        <translation>has no slides: there is nothing to import</translation>
    </message>
    <message>
        <source>is not a pdfpc notes file: pdfpc writes JSON with a &quot;pages&quot; array, or (before pdfpc 4.5) a [notes] section</source>
        <translation>is not a pdfpc notes file: pdfpc writes JSON with a &quot;pages&quot; array, or (before pdfpc 4.5) a [notes] section</translation>
    </message>
    <message>
        <source>it is not a zip package, as PowerPoint and Impress files are (another kind of file with this ending, or cut short)</source>
        <translation>it is not a zip package, as PowerPoint and Impress files are (another kind of file with this ending, or cut short)</translation>
    </message>
    <message>
        <source>the file is not there</source>
        <translation>the file is not there</translation>
    </message>
    <message>
        <source>the file cannot be read (check that you may read it)</source>
        <translation>the file cannot be read (check that you may read it)</translation>
    </message>
    <message>
        <source>the package is damaged (save it again from PowerPoint or Impress)</source>
        <translation>the package is damaged (save it again from PowerPoint or Impress)</translation>
    </message>
    <message>
        <source>it is encrypted; save it again without a password</source>
        <translation>it is encrypted; save it again without a password</translation>
    </message>
    <message>
        <source>there is not enough memory to open it</source>
        <translation>there is not enough memory to open it</translation>
    </message>
    <message>
        <source>it cannot be opened as a zip package (error %1)</source>
        <translation>it cannot be opened as a zip package (error %1)</translation>
    </message>
    <message numerus="yes">
        <source>Build steps: %n slides step through their pages (%1 steps in all).</source>
        <translation>
            <numerusform>Build steps: %n slide steps through its pages (%1 steps in all).</numerusform>
            <numerusform>Build steps: %n slides step through their pages (%1 steps in all).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Films: %n packed in the deck, copied beside the lesson (%1). Set their stops with the stop editor.</source>
        <translation>
            <numerusform>Films: %n packed in the deck, copied beside the lesson (%1). Set its stops with the stop editor.</numerusform>
            <numerusform>Films: %n packed in the deck, copied beside the lesson (%1). Set their stops with the stop editor.</numerusform>
        </translation>
    </message>
    <message>
        <source>slide %1: its words are too many for a text alternative; write its &quot;description&quot; yourself</source>
        <translation>slide %1: its words are too many for a text alternative; write its &quot;description&quot; yourself</translation>
    </message>
</context>
<context>
    <name>FilmProbe</name>
    <message>
        <source>the video library could not start</source>
        <translation>the video library could not start</translation>
    </message>
    <message>
        <source>is a playlist or a reference to other files, not a video file</source>
        <translation>is a playlist or a reference to other files, not a video file</translation>
    </message>
    <message>
        <source>is not a video file that can be played (%1)</source>
        <translation>is not a video file that can be played (%1)</translation>
    </message>
    <message>
        <source>is a playlist or a reference to other files (%1), not a video file</source>
        <translation>is a playlist or a reference to other files (%1), not a video file</translation>
    </message>
    <message>
        <source>has no video in it</source>
        <translation>has no video in it</translation>
    </message>
    <message>
        <source>is a picture, not a film</source>
        <translation>is a picture, not a film</translation>
    </message>
    <message>
        <source>could not be read within %1 s</source>
        <translation>could not be read within %1 s</translation>
    </message>
</context>
<context>
    <name>HandStatus</name>
    <message>
        <source>red</source>
        <translation>red</translation>
    </message>
    <message>
        <source>blue</source>
        <translation>blue</translation>
    </message>
    <message>
        <source>green</source>
        <translation>green</translation>
    </message>
    <message>
        <source>black</source>
        <translation>black</translation>
    </message>
    <message>
        <source>thin</source>
        <translation>thin</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>medium</translation>
    </message>
    <message>
        <source>thick</source>
        <translation>thick</translation>
    </message>
    <message>
        <source>Pen, %1 and %2: draw on the slide (%3 colour, %4 width, %5 puts it away)</source>
        <translation>Pen, %1 and %2: draw on the slide (%3 colour, %4 width, %5 puts it away)</translation>
    </message>
    <message>
        <source>Highlighter: mark the slide (%1 puts it away)</source>
        <translation>Highlighter: mark the slide (%1 puts it away)</translation>
    </message>
    <message numerus="yes">
        <source>Eraser: %n strokes on this slide (%1 undoes, %2 puts it away)</source>
        <translation>
            <numerusform>Eraser: %n stroke on this slide (%1 undoes, %2 puts it away)</numerusform>
            <numerusform>Eraser: %n strokes on this slide (%1 undoes, %2 puts it away)</numerusform>
        </translation>
    </message>
    <message>
        <source>Zoomed %1×: drag to move, the wheel zooms (%2 shows the whole slide)</source>
        <translation>Zoomed %1×: drag to move, the wheel zooms (%2 shows the whole slide)</translation>
    </message>
</context>
<context>
    <name>KeyBindings</name>
    <message>
        <source>no key</source>
        <translation>no key</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 or %2</translation>
    </message>
    <message>
        <source>%1: cannot read the file</source>
        <translation>%1: cannot read the file</translation>
    </message>
    <message>
        <source>%1: not a JSON object (%2 at byte %3); default keys are used</source>
        <translation>%1: not a JSON object (%2 at byte %3); default keys are used</translation>
    </message>
    <message>
        <source>%1: unknown action &quot;%2&quot;</source>
        <translation>%1: unknown action &quot;%2&quot;</translation>
    </message>
    <message>
        <source>; did you mean &quot;%1&quot;?</source>
        <translation>; did you mean &quot;%1&quot;?</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be a list of keys, like [&quot;Right&quot;, &quot;Space&quot;]</source>
        <translation>%1: &quot;%2&quot; must be a list of keys, like [&quot;Right&quot;, &quot;Space&quot;]</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot;: &quot;%3&quot; is not a key</source>
        <translation>%1: &quot;%2&quot;: &quot;%3&quot; is not a key</translation>
    </message>
</context>
<context>
    <name>LessonCheck</name>
    <message>
        <source>%1 must be a string, or an array of strings (one per line), found %2</source>
        <translation>%1 must be a string, or an array of strings (one per line), found %2</translation>
    </message>
    <message>
        <source>line %1 of %2 must be a non-empty string</source>
        <translation>line %1 of %2 must be a non-empty string</translation>
    </message>
    <message>
        <source>an axis</source>
        <translation>an axis</translation>
    </message>
    <message>
        <source>%1 must be &quot;low&quot; or &quot;high&quot;, found %2</source>
        <translation>%1 must be &quot;low&quot; or &quot;high&quot;, found %2</translation>
    </message>
    <message>
        <source>a table has at most 6 columns; this one has %1</source>
        <translation>a table has at most 6 columns; this one has %1</translation>
    </message>
    <message>
        <source>a table needs at least one row</source>
        <translation>a table needs at least one row</translation>
    </message>
    <message>
        <source>a table has at most %1 rows, so the room can read them; this one has %2</source>
        <translation>a table has at most %1 rows, so the room can read them; this one has %2</translation>
    </message>
    <message>
        <source>row %1 must be an array of cells, found %2</source>
        <translation>row %1 must be an array of cells, found %2</translation>
    </message>
    <message numerus="yes">
        <source>row %1 has %n cells, but the table has %2</source>
        <translation>
            <numerusform>row %1 has %n cell, but the table has %2</numerusform>
            <numerusform>row %1 has %n cells, but the table has %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n columns</source>
        <translation>
            <numerusform>%n column</numerusform>
            <numerusform>%n columns</numerusform>
        </translation>
    </message>
    <message>
        <source>cell %1 of row %2</source>
        <translation>cell %1 of row %2</translation>
    </message>
    <message>
        <source>a 2×2 matrix has exactly 4 quadrants; this one has %1</source>
        <translation>a 2×2 matrix has exactly 4 quadrants; this one has %1</translation>
    </message>
    <message>
        <source>quadrant %1</source>
        <translation>quadrant %1</translation>
    </message>
    <message>
        <source>a quadrant</source>
        <translation>a quadrant</translation>
    </message>
    <message>
        <source>quadrant %1 is at x %2, y %3, where %4 already is</source>
        <translation>quadrant %1 is at x %2, y %3, where %4 already is</translation>
    </message>
    <message>
        <source>a chart has 1 to 4 series; this one has %1</source>
        <translation>a chart has 1 to 4 series; this one has %1</translation>
    </message>
    <message>
        <source>&quot;max&quot; must be above 0 and at most 1000000000</source>
        <translation>&quot;max&quot; must be above 0 and at most 1000000000</translation>
    </message>
    <message>
        <source>a chart has 1 to 12 categories; this one has %1</source>
        <translation>a chart has 1 to 12 categories; this one has %1</translation>
    </message>
    <message>
        <source>category %1</source>
        <translation>category %1</translation>
    </message>
    <message>
        <source>a category</source>
        <translation>a category</translation>
    </message>
    <message numerus="yes">
        <source>category %1 has %n values, but the chart has %2 series (one value per series)</source>
        <translation>
            <numerusform>category %1 has %n value, but the chart has %2 series (one value per series)</numerusform>
            <numerusform>category %1 has %n values, but the chart has %2 series (one value per series)</numerusform>
        </translation>
    </message>
    <message>
        <source>value %1 must be a number, found %2</source>
        <translation>value %1 must be a number, found %2</translation>
    </message>
    <message>
        <source>value %1 (%2) is negative; bars start at 0</source>
        <translation>value %1 (%2) is negative; bars start at 0</translation>
    </message>
    <message>
        <source>value %1 (%2) is above 1000000000; give the values in a larger unit</source>
        <translation>value %1 (%2) is above 1000000000; give the values in a larger unit</translation>
    </message>
    <message>
        <source>value %1 (%2) is above &quot;max&quot; (%3)</source>
        <translation>value %1 (%2) is above &quot;max&quot; (%3)</translation>
    </message>
    <message>
        <source>&quot;at&quot; must be between 0 and 24 hours, in seconds</source>
        <translation>&quot;at&quot; must be between 0 and 24 hours, in seconds</translation>
    </message>
    <message>
        <source>&quot;at&quot; %1 is more than 24 hours into the film; no film is that long</source>
        <translation>&quot;at&quot; %1 is more than 24 hours into the film; no film is that long</translation>
    </message>
    <message>
        <source>&quot;at&quot; %1 is not a time; write &quot;mm:ss.fff&quot; (&quot;01:23.480&quot;) or seconds (83.48)</source>
        <translation>&quot;at&quot; %1 is not a time; write &quot;mm:ss.fff&quot; (&quot;01:23.480&quot;) or seconds (83.48)</translation>
    </message>
    <message>
        <source>&quot;at&quot; must be a time string (&quot;mm:ss.fff&quot;) or a number of seconds, found %1</source>
        <translation>&quot;at&quot; must be a time string (&quot;mm:ss.fff&quot;) or a number of seconds, found %1</translation>
    </message>
    <message>
        <source>a film has at most %1 stop points, so the room can read them; this one has %2</source>
        <translation>a film has at most %1 stop points, so the room can read them; this one has %2</translation>
    </message>
    <message>
        <source>stop point %1</source>
        <translation>stop point %1</translation>
    </message>
    <message>
        <source>a stop point</source>
        <translation>a stop point</translation>
    </message>
    <message>
        <source>duplicate stop point id %1 in film %2; stop point ids must be unique</source>
        <translation>duplicate stop point id %1 in film %2; stop point ids must be unique</translation>
    </message>
    <message>
        <source>stop point %1 at %2 has the same time as stop point %3</source>
        <translation>stop point %1 at %2 has the same time as stop point %3</translation>
    </message>
    <message>
        <source>stop point %1 at %2 comes before the previous stop point %3 at %4; list stop points in time order</source>
        <translation>stop point %1 at %2 comes before the previous stop point %3 at %4; list stop points in time order</translation>
    </message>
    <message>
        <source>the lesson</source>
        <translation>the lesson</translation>
    </message>
    <message>
        <source>film %1</source>
        <translation>film %1</translation>
    </message>
    <message>
        <source>a film</source>
        <translation>a film</translation>
    </message>
    <message>
        <source>duplicate film id %1; film ids must be unique</source>
        <translation>duplicate film id %1; film ids must be unique</translation>
    </message>
    <message>
        <source>&quot;fps&quot; must be between 1 and 240 frames a second (films have 23.976 to 60)</source>
        <translation>&quot;fps&quot; must be between 1 and 240 frames a second (films have 23.976 to 60)</translation>
    </message>
    <message>
        <source> or </source>
        <translation> or </translation>
    </message>
    <message>
        <source>%1 contains a NUL character</source>
        <translation>%1 contains a NUL character</translation>
    </message>
    <message>
        <source>%1 is a URL or protocol (%2); films must be files in the lesson&apos;s folder or the project&apos;s media folder</source>
        <translation>%1 is a URL or protocol (%2); films must be files in the lesson&apos;s folder or the project&apos;s media folder</translation>
    </message>
    <message>
        <source>%1 is an absolute path; write it relative to the lesson file</source>
        <translation>%1 is an absolute path; write it relative to the lesson file</translation>
    </message>
    <message>
        <source>%1 leaves the allowed folders (%2)</source>
        <translation>%1 leaves the allowed folders (%2)</translation>
    </message>
    <message>
        <source>%1 was not found at %2</source>
        <translation>%1 was not found at %2</translation>
    </message>
    <message>
        <source>%1 is a link that leads outside the allowed folders (%2)</source>
        <translation>%1 is a link that leads outside the allowed folders (%2)</translation>
    </message>
    <message>
        <source>%1 is not a regular file</source>
        <translation>%1 is not a regular file</translation>
    </message>
    <message>
        <source>subtitles %1</source>
        <translation>subtitles %1</translation>
    </message>
    <message>
        <source>%1 must be an SRT (.srt) or WebVTT (.vtt) file</source>
        <translation>%1 must be an SRT (.srt) or WebVTT (.vtt) file</translation>
    </message>
    <message>
        <source>%1; until it exists the film shows without them</source>
        <translation>%1; until it exists the film shows without them</translation>
    </message>
    <message>
        <source>%1 is larger than 4 MB; a film&apos;s subtitles are far smaller</source>
        <translation>%1 is larger than 4 MB; a film&apos;s subtitles are far smaller</translation>
    </message>
    <message>
        <source>%1 line %2: %3</source>
        <translation>%1 line %2: %3</translation>
    </message>
    <message>
        <source>film source %1</source>
        <translation>film source %1</translation>
    </message>
    <message>
        <source>%1; until it exists the projector shows a card instead of the film</source>
        <translation>%1; until it exists the projector shows a card instead of the film</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>stop point %1 at %2 is after the end of the film, which runs %3</source>
        <translation>stop point %1 at %2 is after the end of the film, which runs %3</translation>
    </message>
    <message>
        <source>refers to film %1, but the lesson has no film with that id; add it under &quot;films&quot;</source>
        <translation>refers to film %1, but the lesson has no film with that id; add it under &quot;films&quot;</translation>
    </message>
    <message>
        <source>refers to film %1, but the lesson has no film with that id; did you mean %2?</source>
        <translation>refers to film %1, but the lesson has no film with that id; did you mean %2?</translation>
    </message>
    <message>
        <source>refers to film %1, but the lesson has no film with that id; its films are %2</source>
        <translation>refers to film %1, but the lesson has no film with that id; its films are %2</translation>
    </message>
    <message>
        <source>refers to stop point %1, but film %2 has no stop points</source>
        <translation>refers to stop point %1, but film %2 has no stop points</translation>
    </message>
    <message>
        <source>refers to stop point %1, but film %2 has no such stop point; did you mean %3?</source>
        <translation>refers to stop point %1, but film %2 has no such stop point; did you mean %3?</translation>
    </message>
    <message>
        <source>refers to stop point %1, but film %2 has only %3</source>
        <translation>refers to stop point %1, but film %2 has only %3</translation>
    </message>
    <message>
        <source>slide id %1 is already the id of slide %2; slide ids must be unique</source>
        <translation>slide id %1 is already the id of slide %2; slide ids must be unique</translation>
    </message>
    <message>
        <source>stop point %1 is already asked about on slide %2</source>
        <translation>stop point %1 is already asked about on slide %2</translation>
    </message>
    <message>
        <source>the segment ends at stop point %1, which is not after where it starts, %2</source>
        <translation>the segment ends at stop point %1, which is not after where it starts, %2</translation>
    </message>
    <message>
        <source>no question is asked at stop point %1 (%2)</source>
        <translation>no question is asked at stop point %1 (%2)</translation>
    </message>
    <message>
        <source>lesson id %1 must be a folder name of lowercase letters, digits and &apos;-&apos;, such as &quot;kundetyper&quot;</source>
        <translation>lesson id %1 must be a folder name of lowercase letters, digits and &apos;-&apos;, such as &quot;kundetyper&quot;</translation>
    </message>
    <message>
        <source>lesson %1 links to a file outside the lessons folder (%2); a linked lesson must be a real lesson.json beside this one</source>
        <translation>lesson %1 links to a file outside the lessons folder (%2); a linked lesson must be a real lesson.json beside this one</translation>
    </message>
    <message>
        <source>lesson %1 is not found: there is no ../%2/lesson.json beside this lesson&apos;s folder</source>
        <translation>lesson %1 is not found: there is no ../%2/lesson.json beside this lesson&apos;s folder</translation>
    </message>
    <message>
        <source>this text is %1 characters long; at most %2 fit here (put more in the notes or the handout)</source>
        <translation>this text is %1 characters long; at most %2 fit here (put more in the notes or the handout)</translation>
    </message>
    <message>
        <source>this text stacks %1 combining marks on one letter; at most %2 are allowed, so they stay on their line</source>
        <translation>this text stacks %1 combining marks on one letter; at most %2 are allowed, so they stay on their line</translation>
    </message>
    <message>
        <source>JSON syntax error: %1</source>
        <translation>JSON syntax error: %1</translation>
    </message>
    <message>
        <source>the number %1 is too large; numbers must stay within ±1.7e308</source>
        <translation>the number %1 is too large; numbers must stay within ±1.7e308</translation>
    </message>
    <message>
        <source>duplicate key; an object may name each key once, and the later value would silently replace the earlier one</source>
        <translation>duplicate key; an object may name each key once, and the later value would silently replace the earlier one</translation>
    </message>
    <message>
        <source>nesting is deeper than %1 levels; a lesson never needs that many</source>
        <translation>nesting is deeper than %1 levels; a lesson never needs that many</translation>
    </message>
    <message>
        <source>unsupported format version %1; this version of Stoppunkt reads format 1</source>
        <translation>unsupported format version %1; this version of Stoppunkt reads format 1</translation>
    </message>
    <message>
        <source>id %1 must be lowercase letters, digits and single hyphens, like &quot;konflikter-med-kunder&quot;</source>
        <translation>id %1 must be lowercase letters, digits and single hyphens, like &quot;konflikter-med-kunder&quot;</translation>
    </message>
    <message>
        <source>language %1 is not a BCP 47 tag such as &quot;da&quot;, &quot;nb&quot; or &quot;sv-SE&quot;</source>
        <translation>language %1 is not a BCP 47 tag such as &quot;da&quot;, &quot;nb&quot; or &quot;sv-SE&quot;</translation>
    </message>
    <message>
        <source>the file is empty; a lesson is a JSON object: { &quot;format&quot;: 1, … }</source>
        <translation>the file is empty; a lesson is a JSON object: { &quot;format&quot;: 1, … }</translation>
    </message>
    <message>
        <source>JSON syntax error: JSON allows no comments; put notes for authors in &quot;notes&quot;, or remove the comment</source>
        <translation>JSON syntax error: JSON allows no comments; put notes for authors in &quot;notes&quot;, or remove the comment</translation>
    </message>
    <message>
        <source>JSON syntax error: a comma before &apos;%1&apos;; JSON allows no comma after the last item</source>
        <translation>JSON syntax error: a comma before &apos;%1&apos;; JSON allows no comma after the last item</translation>
    </message>
    <message>
        <source>the lesson cannot be read: %1</source>
        <translation>the lesson cannot be read: %1</translation>
    </message>
    <message>
        <source>cannot open the lesson: no such file</source>
        <translation>cannot open the lesson: no such file</translation>
    </message>
    <message>
        <source>cannot open the lesson: not a regular file</source>
        <translation>cannot open the lesson: not a regular file</translation>
    </message>
    <message>
        <source>cannot read the lesson: %1</source>
        <translation>cannot read the lesson: %1</translation>
    </message>
    <message>
        <source>the lesson file is %1 bytes; lessons are limited to %2 bytes (put films and pictures in their own files)</source>
        <translation>the lesson file is %1 bytes; lessons are limited to %2 bytes (put films and pictures in their own files)</translation>
    </message>
    <message>
        <source>the lesson file is %1; lessons are limited to %2 (put films and pictures in their own files)</source>
        <translation>the lesson file is %1; lessons are limited to %2 (put films and pictures in their own files)</translation>
    </message>
    <message>
        <source>cannot read the lesson: permission denied or unreadable</source>
        <translation>cannot read the lesson: permission denied or unreadable</translation>
    </message>
    <message>
        <source>%1 must be an object, found %2</source>
        <translation>%1 must be an object, found %2</translation>
    </message>
    <message>
        <source>unknown key %1 in %2; did you mean %3?</source>
        <translation>unknown key %1 in %2; did you mean %3?</translation>
    </message>
    <message>
        <source>unknown key %1 in %2; allowed keys are %3</source>
        <translation>unknown key %1 in %2; allowed keys are %3</translation>
    </message>
    <message>
        <source>missing required key %1 (%2) in %3</source>
        <translation>missing required key %1 (%2) in %3</translation>
    </message>
    <message>
        <source>%1 must be %2, found %3</source>
        <translation>%1 must be %2, found %3</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>a string</translation>
    </message>
    <message>
        <source>%1 must not be empty</source>
        <translation>%1 must not be empty</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>a whole number</translation>
    </message>
    <message>
        <source>%1 is %2, which is far too large for a whole number here</source>
        <translation>%1 is %2, which is far too large for a whole number here</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>a number</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true or false</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>an array</translation>
    </message>
    <message>
        <source>a value</source>
        <translation>a value</translation>
    </message>
    <message>
        <source>%1 must have at least one item</source>
        <translation>%1 must have at least one item</translation>
    </message>
    <message>
        <source>item %1 of %2 must be a string, found %3</source>
        <translation>item %1 of %2 must be a string, found %3</translation>
    </message>
    <message>
        <source>item %1 of %2 must not be empty</source>
        <translation>item %1 of %2 must not be empty</translation>
    </message>
    <message numerus="yes">
        <source>%n more problems are not listed; fix the first %1 and check again</source>
        <translation>
            <numerusform>%n more problem is not listed; fix the first %1 and check again</numerusform>
            <numerusform>%n more problems are not listed; fix the first %1 and check again</numerusform>
        </translation>
    </message>
    <message>
        <source>and</source>
        <translation>and</translation>
    </message>
    <message>
        <source>or</source>
        <translation>or</translation>
    </message>
    <message>
        <source>a slide has at most %1 notes, so the room can read them; this one has %2</source>
        <translation>a slide has at most %1 notes, so the room can read them; this one has %2</translation>
    </message>
    <message>
        <source>note %1</source>
        <translation>note %1</translation>
    </message>
    <message>
        <source>a note</source>
        <translation>a note</translation>
    </message>
    <message>
        <source>unknown note kind %1; did you mean %2?</source>
        <translation>unknown note kind %1; did you mean %2?</translation>
    </message>
    <message>
        <source>unknown note kind %1; use %2</source>
        <translation>unknown note kind %1; use %2</translation>
    </message>
    <message>
        <source>a staircase needs at least 2 steps</source>
        <translation>a staircase needs at least 2 steps</translation>
    </message>
    <message>
        <source>a staircase has at most %1 steps, so the room can read them; this one has %2</source>
        <translation>a staircase has at most %1 steps, so the room can read them; this one has %2</translation>
    </message>
    <message>
        <source>step %1</source>
        <translation>step %1</translation>
    </message>
    <message>
        <source>a staircase step</source>
        <translation>a staircase step</translation>
    </message>
    <message>
        <source>&quot;number&quot; must be a whole number from 0 to 99, or up to 3 characters such as &quot;5a&quot;</source>
        <translation>&quot;number&quot; must be a whole number from 0 to 99, or up to 3 characters such as &quot;5a&quot;</translation>
    </message>
    <message>
        <source>a question has 2 to 6 options; this one has %1</source>
        <translation>a question has 2 to 6 options; this one has %1</translation>
    </message>
    <message>
        <source>option %1 must not be empty</source>
        <translation>option %1 must not be empty</translation>
    </message>
    <message>
        <source>option %1 must be a string, or an object with &quot;text&quot;, found %2</source>
        <translation>option %1 must be a string, or an object with &quot;text&quot;, found %2</translation>
    </message>
    <message>
        <source>option %1</source>
        <translation>option %1</translation>
    </message>
    <message>
        <source>an option</source>
        <translation>an option</translation>
    </message>
    <message>
        <source>an option has at most %1 talking points, so the room can read them; this one has %2</source>
        <translation>an option has at most %1 talking points, so the room can read them; this one has %2</translation>
    </message>
    <message>
        <source>answer %1 is out of range: this question has %2 options, numbered 1 to %3</source>
        <translation>answer %1 is out of range: this question has %2 options, numbered 1 to %3</translation>
    </message>
    <message>
        <source>slide %1</source>
        <translation>slide %1</translation>
    </message>
    <message>
        <source>unknown slide kind %1; did you mean %2?</source>
        <translation>unknown slide kind %1; did you mean %2?</translation>
    </message>
    <message>
        <source>unknown slide kind %1; the kinds are %2</source>
        <translation>unknown slide kind %1; the kinds are %2</translation>
    </message>
    <message>
        <source>a %1 slide</source>
        <translation>a %1 slide</translation>
    </message>
    <message>
        <source>slide id %1 must be lowercase letters, digits and single hyphens, like &quot;film-2&quot;</source>
        <translation>slide id %1 must be lowercase letters, digits and single hyphens, like &quot;film-2&quot;</translation>
    </message>
    <message>
        <source>a summary offers at most 6 lessons, so their cards stay readable; this one has %1</source>
        <translation>a summary offers at most 6 lessons, so their cards stay readable; this one has %1</translation>
    </message>
    <message>
        <source>a slide shows at most %1 bullets, so the room can read them; this one has %2</source>
        <translation>a slide shows at most %1 bullets, so the room can read them; this one has %2</translation>
    </message>
    <message>
        <source>&quot;build&quot; has no effect on this %1 slide</source>
        <translation>&quot;build&quot; has no effect on this %1 slide</translation>
    </message>
    <message>
        <source>a lesson needs at least one slide</source>
        <translation>a lesson needs at least one slide</translation>
    </message>
    <message>
        <source>expected a time line such as %1</source>
        <translation>expected a time line such as %1</translation>
    </message>
    <message>
        <source>the time after &quot;--&gt;&quot; is not a time</source>
        <translation>the time after &quot;--&gt;&quot; is not a time</translation>
    </message>
    <message>
        <source>the cue ends before it starts</source>
        <translation>the cue ends before it starts</translation>
    </message>
    <message>
        <source>a WebVTT file begins with &quot;WEBVTT&quot;</source>
        <translation>a WebVTT file begins with &quot;WEBVTT&quot;</translation>
    </message>
    <message>
        <source>expected a cue number, found %1</source>
        <translation>expected a cue number, found %1</translation>
    </message>
    <message>
        <source>the cue has no text</source>
        <translation>the cue has no text</translation>
    </message>
    <message>
        <source>the file has no cues</source>
        <translation>the file has no cues</translation>
    </message>
    <message>
        <source>a film has at most %1 subtitle files; this one has %2</source>
        <translation>a film has at most %1 subtitle files; this one has %2</translation>
    </message>
    <message>
        <source>the subtitles</source>
        <translation>the subtitles</translation>
    </message>
    <message>
        <source>the subtitles&apos; language %1 is not a BCP 47 tag such as &quot;da&quot;, &quot;nb&quot; or &quot;sv-SE&quot;</source>
        <translation>the subtitles&apos; language %1 is not a BCP 47 tag such as &quot;da&quot;, &quot;nb&quot; or &quot;sv-SE&quot;</translation>
    </message>
    <message>
        <source>the film already has subtitles in %1; give one file per language</source>
        <translation>the film already has subtitles in %1; give one file per language</translation>
    </message>
    <message>
        <source>only one language of subtitles can be shown from the start</source>
        <translation>only one language of subtitles can be shown from the start</translation>
    </message>
    <message>
        <source>slides %1-%2</source>
        <translation>slides %1-%2</translation>
    </message>
    <message>
        <source>the section plans %1 minutes, but its %2 plan %3 of their own; the slides&apos; minutes count</source>
        <translation>the section plans %1 minutes, but its %2 plan %3 of their own; the slides&apos; minutes count</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the planned time in minutes: more than 0 and at most %2 (0.5 is half a minute)</source>
        <translation>&quot;%1&quot; is the planned time in minutes: more than 0 and at most %2 (0.5 is half a minute)</translation>
    </message>
    <message>
        <source>the section</source>
        <translation>the section</translation>
    </message>
    <message>
        <source>a section</source>
        <translation>a section</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>object</source>
        <translation>object</translation>
    </message>
    <message>
        <source>array</source>
        <translation>array</translation>
    </message>
    <message>
        <source>string</source>
        <translation>string</translation>
    </message>
    <message>
        <source>boolean</source>
        <translation>boolean</translation>
    </message>
    <message>
        <source>integer</source>
        <translation>integer</translation>
    </message>
    <message>
        <source>number</source>
        <translation>number</translation>
    </message>
    <message>
        <source>value</source>
        <translation>value</translation>
    </message>
    <message>
        <source>deck %1</source>
        <translation>deck %1</translation>
    </message>
    <message>
        <source>%1 must be a PDF file (.pdf); bring a PowerPoint or Impress deck in with stoppunkt --import</source>
        <translation>%1 must be a PDF file (.pdf); bring a PowerPoint or Impress deck in with stoppunkt --import</translation>
    </message>
    <message>
        <source>%1 is larger than 512 MB; export the deck again with smaller pictures</source>
        <translation>%1 is larger than 512 MB; export the deck again with smaller pictures</translation>
    </message>
    <message>
        <source>%1; until then the projector shows a card instead of the page</source>
        <translation>%1; until then the projector shows a card instead of the page</translation>
    </message>
    <message numerus="yes">
        <source>page %1 is not in deck %2, which has %n pages</source>
        <translation>
            <numerusform>page %1 is not in deck %2, which has %n page</numerusform>
            <numerusform>page %1 is not in deck %2, which has %n pages</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is %2; pages are numbered from 1 (the deck&apos;s first page) to at most %3</source>
        <translation>%1 is %2; pages are numbered from 1 (the deck&apos;s first page) to at most %3</translation>
    </message>
    <message>
        <source>&quot;lastPage&quot; is %1, before &quot;page&quot; %2; Next steps from &quot;page&quot; forward to &quot;lastPage&quot;</source>
        <translation>&quot;lastPage&quot; is %1, before &quot;page&quot; %2; Next steps from &quot;page&quot; forward to &quot;lastPage&quot;</translation>
    </message>
    <message>
        <source>one slide steps through at most %1 pages after its first; this one steps through %2 (make more slides)</source>
        <translation>one slide steps through at most %1 pages after its first; this one steps through %2 (make more slides)</translation>
    </message>
    <message>
        <source>the backdrop</source>
        <translation>the backdrop</translation>
    </message>
    <message>
        <source>a backdrop</source>
        <translation>a backdrop</translation>
    </message>
    <message>
        <source>&quot;step&quot; is %1; a slide&apos;s states are numbered from 1 (as it opens) to at most %2</source>
        <translation>&quot;step&quot; is %1; a slide&apos;s states are numbered from 1 (as it opens) to at most %2</translation>
    </message>
    <message>
        <source>note %1 belongs to step %2, but this slide shows %3 (its build&apos;s steps and the slide as it opens)</source>
        <translation>note %1 belongs to step %2, but this slide shows %3 (its build&apos;s steps and the slide as it opens)</translation>
    </message>
    <message>
        <source>a &apos;:&apos; is missing between a key and its value before %1</source>
        <translation>a &apos;:&apos; is missing between a key and its value before %1</translation>
    </message>
    <message>
        <source>a key in double quotes should come before %1 (and a decimal number takes a point, as in 0.5, not a comma)</source>
        <translation>a key in double quotes should come before %1 (and a decimal number takes a point, as in 0.5, not a comma)</translation>
    </message>
    <message>
        <source>a comma is missing before %1 (between two keys of an object)</source>
        <translation>a comma is missing before %1 (between two keys of an object)</translation>
    </message>
    <message>
        <source>a comma or a closing &apos;}&apos; is missing before %1</source>
        <translation>a comma or a closing &apos;}&apos; is missing before %1</translation>
    </message>
    <message>
        <source>a comma or a closing &apos;]&apos; is missing before %1 (between two items of a list)</source>
        <translation>a comma or a closing &apos;]&apos; is missing before %1 (between two items of a list)</translation>
    </message>
    <message>
        <source>%1 cannot stand here</source>
        <translation>%1 cannot stand here</translation>
    </message>
    <message>
        <source>the file ends too soon: a closing &apos;}&apos;, &apos;]&apos; or &apos;&quot;&apos; is missing</source>
        <translation>the file ends too soon: a closing &apos;}&apos;, &apos;]&apos; or &apos;&quot;&apos; is missing</translation>
    </message>
    <message>
        <source>a text has no closing &apos;&quot;&apos;</source>
        <translation>a text has no closing &apos;&quot;&apos;</translation>
    </message>
    <message>
        <source>a line break or tab inside a text; write it as \n or \t</source>
        <translation>a line break or tab inside a text; write it as \n or \t</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text; save it again as UTF-8</source>
        <translation>the file is not UTF-8 text; save it again as UTF-8</translation>
    </message>
    <message>
        <source>a backslash starts an escape JSON does not know; write a backslash as \\</source>
        <translation>a backslash starts an escape JSON does not know; write a backslash as \\</translation>
    </message>
    <message>
        <source>a number JSON cannot read; write it like 2, 0.5 or -3 (a point, not a comma)</source>
        <translation>a number JSON cannot read; write it like 2, 0.5 or -3 (a point, not a comma)</translation>
    </message>
    <message>
        <source>a word JSON does not know; text goes in double quotes, and the only bare words are true, false and null</source>
        <translation>a word JSON does not know; text goes in double quotes, and the only bare words are true, false and null</translation>
    </message>
    <message>
        <source>the JSON cannot be read from here on</source>
        <translation>the JSON cannot be read from here on</translation>
    </message>
    <message>
        <source>slide %1 shows a page of %2 with no text alternative: add a &quot;description&quot; of what it shows (or &quot;&quot; if it only decorates)</source>
        <translation>slide %1 shows a page of %2 with no text alternative: add a &quot;description&quot; of what it shows (or &quot;&quot; if it only decorates)</translation>
    </message>
    <message>
        <source>the film %1 has no subtitles in the lesson&apos;s language (%2): trainees who do not hear it miss what is said; add them under &quot;subtitles&quot;</source>
        <translation>the film %1 has no subtitles in the lesson&apos;s language (%2): trainees who do not hear it miss what is said; add them under &quot;subtitles&quot;</translation>
    </message>
    <message numerus="yes">
        <source>slide %1 draws %n texts below the size the back of the room reads, %2 px (%3 pt); this one is the smallest, %4 px (%5 pt) on a 1080p projector: shorten them, or split the slide</source>
        <translation>
            <numerusform>slide %1 draws %n text below the size the back of the room reads, %2 px (%3 pt); it is %4 px (%5 pt) on a 1080p projector: shorten it, or split the slide</numerusform>
            <numerusform>slide %1 draws %n texts below the size the back of the room reads, %2 px (%3 pt); this one is the smallest, %4 px (%5 pt) on a 1080p projector: shorten them, or split the slide</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LessonEditor</name>
    <message>
        <source>there is no slide %1</source>
        <translation>there is no slide %1</translation>
    </message>
    <message>
        <source>this is the first slide</source>
        <translation>this is the first slide</translation>
    </message>
    <message>
        <source>this is the last slide</source>
        <translation>this is the last slide</translation>
    </message>
    <message>
        <source>move the slide</source>
        <translation>move the slide</translation>
    </message>
    <message>
        <source>copy the slide</source>
        <translation>copy the slide</translation>
    </message>
    <message>
        <source>a lesson keeps at least one slide</source>
        <translation>a lesson keeps at least one slide</translation>
    </message>
    <message>
        <source>delete the slide</source>
        <translation>delete the slide</translation>
    </message>
    <message>
        <source>retitle the slide</source>
        <translation>retitle the slide</translation>
    </message>
    <message>
        <source>only a slide that steps through a deck&apos;s pages can be split</source>
        <translation>only a slide that steps through a deck&apos;s pages can be split</translation>
    </message>
    <message>
        <source>go to the build step where the second slide should start, then split</source>
        <translation>go to the build step where the second slide should start, then split</translation>
    </message>
    <message>
        <source>split the slide</source>
        <translation>split the slide</translation>
    </message>
    <message>
        <source>write the notes</source>
        <translation>write the notes</translation>
    </message>
    <message>
        <source>slide %1 is not a question</source>
        <translation>slide %1 is not a question</translation>
    </message>
    <message>
        <source>write the question</source>
        <translation>write the question</translation>
    </message>
    <message>
        <source>add the question</source>
        <translation>add the question</translation>
    </message>
</context>
<context>
    <name>LessonLanguage</name>
    <message>
        <source>The film cannot be played</source>
        <translation>The film cannot be played</translation>
    </message>
    <message>
        <source>Instructions for the facilitator</source>
        <translation>Instructions for the facilitator</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Lesson</translation>
    </message>
    <message>
        <source>The right answer is no. %1.</source>
        <translation>The right answer is no. %1.</translation>
    </message>
    <message>
        <source>Slide</source>
        <translation>Slide</translation>
    </message>
    <message>
        <source>Room code</source>
        <translation>Room code</translation>
    </message>
    <message>
        <source>Nickname (optional)</source>
        <translation>Nickname (optional)</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Join</translation>
    </message>
    <message>
        <source>Look at the screen: the next question comes here.</source>
        <translation>Look at the screen: the next question comes here.</translation>
    </message>
    <message>
        <source>Vote: tap your answer. You can change it until the vote closes.</source>
        <translation>Vote: tap your answer. You can change it until the vote closes.</translation>
    </message>
    <message>
        <source>The vote is closed.</source>
        <translation>The vote is closed.</translation>
    </message>
    <message>
        <source>Right!</source>
        <translation>Right!</translation>
    </message>
    <message>
        <source>Not this time: the right answer is no. %1.</source>
        <translation>Not this time: the right answer is no. %1.</translation>
    </message>
    <message>
        <source>Your answer for the flip chart</source>
        <translation>Your answer for the flip chart</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Send</translation>
    </message>
    <message>
        <source>Sent. The facilitator decides what goes on the flip chart.</source>
        <translation>Sent. The facilitator decides what goes on the flip chart.</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>Reconnecting…</translation>
    </message>
    <message>
        <source>That did not work. Try again.</source>
        <translation>That did not work. Try again.</translation>
    </message>
    <message>
        <source>Join the room again with the code on the screen.</source>
        <translation>Join the room again with the code on the screen.</translation>
    </message>
    <message>
        <source>That is not the room code on the screen.</source>
        <translation>That is not the room code on the screen.</translation>
    </message>
    <message>
        <source>That is too long.</source>
        <translation>That is too long.</translation>
    </message>
    <message>
        <source>The room is full.</source>
        <translation>The room is full.</translation>
    </message>
    <message>
        <source>Your vote</source>
        <translation>Your vote</translation>
    </message>
    <message>
        <source>Answer on your phone</source>
        <translation>Answer on your phone</translation>
    </message>
    <message>
        <source>Scan the code, or open</source>
        <translation>Scan the code, or open</translation>
    </message>
    <message>
        <source>No app, no account: your answer stays in this room.</source>
        <translation>No app, no account: your answer stays in this room.</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Votes</translation>
    </message>
    <message>
        <source>Discuss the options together. The vote opens when the facilitator opens it.</source>
        <translation>Discuss the options together. The vote opens when the facilitator opens it.</translation>
    </message>
    <message>
        <source>Danish</source>
        <translation>Danish</translation>
    </message>
    <message>
        <source>Norwegian</source>
        <translation>Norwegian</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>Swedish</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>The room is closed to new phones: ask the facilitator.</source>
        <translation>The room is closed to new phones: ask the facilitator.</translation>
    </message>
    <message>
        <source>Too fast: wait a moment, or scan the code on the screen.</source>
        <translation>Too fast: wait a moment, or scan the code on the screen.</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Page %1</translation>
    </message>
    <message>
        <source>This page cannot be shown</source>
        <translation>This page cannot be shown</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>Step %1</translation>
    </message>
    <message>
        <source>The room cannot be reached. Scan the code on the screen again.</source>
        <translation>The room cannot be reached. Scan the code on the screen again.</translation>
    </message>
    <message>
        <source>Tried: not the right answer</source>
        <translation>Tried: not the right answer</translation>
    </message>
    <message>
        <source>The right answer</source>
        <translation>The right answer</translation>
    </message>
    <message>
        <source>The page shows: %1</source>
        <translation>The page shows: %1</translation>
    </message>
</context>
<context>
    <name>NotesView</name>
    <message>
        <source>No notes on this slide.</source>
        <translation>No notes on this slide.</translation>
    </message>
    <message>
        <source>▼ more below (wheel or %1)</source>
        <translation>▼ more below (wheel or %1)</translation>
    </message>
    <message>
        <source>▲ more above (wheel or %1)</source>
        <translation>▲ more above (wheel or %1)</translation>
    </message>
</context>
<context>
    <name>PaceText</name>
    <message numerus="yes">
        <source>planned: %n min</source>
        <translation>
            <numerusform>planned: %n min</numerusform>
            <numerusform>planned: %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>ends %1</source>
        <translation>ends %1</translation>
    </message>
    <message>
        <source>on time</source>
        <translation>on time</translation>
    </message>
    <message numerus="yes">
        <source>%n min ahead</source>
        <translation>
            <numerusform>%n min ahead</numerusform>
            <numerusform>%n min ahead</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min behind</source>
        <translation>
            <numerusform>%n min behind</numerusform>
            <numerusform>%n min behind</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QCommandLineParser</name>
    <message>
        <source>Usage: %1</source>
        <translation>Usage: %1</translation>
    </message>
    <message>
        <source>[options]</source>
        <translation>[options]</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Options:</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>Arguments:</translation>
    </message>
    <message>
        <source>Displays help on commandline options.</source>
        <translation>Displays help on commandline options.</translation>
    </message>
    <message>
        <source>Displays help including Qt specific options.</source>
        <translation>Displays help including Qt specific options.</translation>
    </message>
    <message>
        <source>Displays version information.</source>
        <translation>Displays version information.</translation>
    </message>
    <message>
        <source>Unknown option &apos;%1&apos;.</source>
        <translation>Unknown option &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Unknown options: %1.</source>
        <translation>Unknown options: %1.</translation>
    </message>
    <message>
        <source>Missing value after &apos;%1&apos;.</source>
        <translation>Missing value after &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Unexpected value after &apos;%1&apos;.</source>
        <translation>Unexpected value after &apos;%1&apos;.</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Yes</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;No</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
</context>
<context>
    <name>QShortcut</name>
    <message>
        <source>Space</source>
        <translation>Space</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>Backspace</source>
        <translation>Backspace</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Return</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Left</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Up</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Right</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Down</translation>
    </message>
    <message>
        <source>PgUp</source>
        <translation>PgUp</translation>
    </message>
    <message>
        <source>PgDown</source>
        <translation>PgDown</translation>
    </message>
    <message>
        <source>Ctrl</source>
        <translation>Ctrl</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Shift</translation>
    </message>
    <message>
        <source>Alt</source>
        <translation>Alt</translation>
    </message>
</context>
<context>
    <name>RemotePage</name>
    <message>
        <source>Stoppunkt remote</source>
        <translation>Stoppunkt remote</translation>
    </message>
    <message>
        <source>Pairing…</source>
        <translation>Pairing…</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>Reconnecting…</translation>
    </message>
    <message>
        <source>This pairing code was used or has expired: show a new one on the console and scan it again.</source>
        <translation>This pairing code was used or has expired: show a new one on the console and scan it again.</translation>
    </message>
    <message>
        <source>This phone is no longer the remote: the console dropped it or paired another phone.</source>
        <translation>This phone is no longer the remote: the console dropped it or paired another phone.</translation>
    </message>
    <message>
        <source>Slide %1 of %2</source>
        <translation>Slide %1 of %2</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Previous</translation>
    </message>
    <message>
        <source>Black screen</source>
        <translation>Black screen</translation>
    </message>
    <message>
        <source>Show the slide again</source>
        <translation>Show the slide again</translation>
    </message>
    <message>
        <source>The projector is black.</source>
        <translation>The projector is black.</translation>
    </message>
    <message>
        <source>The projector is white.</source>
        <translation>The projector is white.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>No notes on this slide.</source>
        <translation>No notes on this slide.</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Next step</translation>
    </message>
    <message>
        <source>Shows: %1</source>
        <translation>Shows: %1</translation>
    </message>
    <message>
        <source>The film plays</source>
        <translation>The film plays</translation>
    </message>
    <message>
        <source>The film goes on to its stop</source>
        <translation>The film goes on to its stop</translation>
    </message>
    <message>
        <source>The right answer is revealed</source>
        <translation>The right answer is revealed</translation>
    </message>
    <message>
        <source>Slide %1: %2</source>
        <translation>Slide %1: %2</translation>
    </message>
    <message>
        <source>End of the lesson</source>
        <translation>End of the lesson</translation>
    </message>
    <message>
        <source>The slide shows again</source>
        <translation>The slide shows again</translation>
    </message>
    <message>
        <source>Right answer</source>
        <translation>Right answer</translation>
    </message>
    <message>
        <source>Picked: wrong</source>
        <translation>Picked: wrong</translation>
    </message>
    <message>
        <source>Tap an option to pick it for the group.</source>
        <translation>Tap an option to pick it for the group.</translation>
    </message>
    <message>
        <source>Undo pick</source>
        <translation>Undo pick</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>Reveal</translation>
    </message>
    <message>
        <source>Revealed</source>
        <translation>Revealed</translation>
    </message>
    <message>
        <source>Tap Next again within 2 s to reveal the answer.</source>
        <translation>Tap Next again within 2 s to reveal the answer.</translation>
    </message>
    <message>
        <source>Tap Next again within 2 s to skip to the stop point.</source>
        <translation>Tap Next again within 2 s to skip to the stop point.</translation>
    </message>
    <message>
        <source>The film plays.</source>
        <translation>The film plays.</translation>
    </message>
    <message>
        <source>The film is paused.</source>
        <translation>The film is paused.</translation>
    </message>
    <message>
        <source>The film cannot play: see the console.</source>
        <translation>The film cannot play: see the console.</translation>
    </message>
    <message>
        <source>Pause film</source>
        <translation>Pause film</translation>
    </message>
    <message>
        <source>Resume film</source>
        <translation>Resume film</translation>
    </message>
    <message>
        <source>Open the vote</source>
        <translation>Open the vote</translation>
    </message>
    <message>
        <source>Close the vote</source>
        <translation>Close the vote</translation>
    </message>
    <message>
        <source>The room: %1 of %2 voted</source>
        <translation>The room: %1 of %2 voted</translation>
    </message>
    <message>
        <source>The room: %1 phones joined</source>
        <translation>The room: %1 phones joined</translation>
    </message>
    <message>
        <source>Flip chart</source>
        <translation>Flip chart</translation>
    </message>
    <message>
        <source>From the phones (first one first)</source>
        <translation>From the phones (first one first)</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Accept</translation>
    </message>
    <message>
        <source>Drop</source>
        <translation>Drop</translation>
    </message>
    <message>
        <source>of %1 min planned</source>
        <translation>of %1 min planned</translation>
    </message>
    <message>
        <source>%1 min behind</source>
        <translation>%1 min behind</translation>
    </message>
    <message>
        <source>%1 min ahead</source>
        <translation>%1 min ahead</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>paused</translation>
    </message>
    <message>
        <source>Too fast: wait a moment.</source>
        <translation>Too fast: wait a moment.</translation>
    </message>
    <message>
        <source>Not sent: the connection was lost. Tap again.</source>
        <translation>Not sent: the connection was lost. Tap again.</translation>
    </message>
    <message>
        <source>en</source>
        <comment>the language code of this translation</comment>
        <translation>en</translation>
    </message>
    <message>
        <source>Show the pairing code on the console and scan it with this phone.</source>
        <translation>Show the pairing code on the console and scan it with this phone.</translation>
    </message>
    <message>
        <source>Nothing on the flip chart yet.</source>
        <translation>Nothing on the flip chart yet.</translation>
    </message>
    <message>
        <source>Drag a finger on the slide: the red dot follows it on the projector.</source>
        <translation>Drag a finger on the slide: the red dot follows it on the projector.</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Session report: %1</source>
        <translation>Session report: %1</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>cannot write %1</translation>
    </message>
    <message>
        <source>Session of %1 — %2 in all</source>
        <translation>Session of %1 — %2 in all</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <source>%1 (right)</source>
        <translation>%1 (right)</translation>
    </message>
    <message>
        <source>Picks in order: %1</source>
        <translation>Picks in order: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>The right answer (no. %1) was not reached.</source>
        <translation>The right answer (no. %1) was not reached.</translation>
    </message>
    <message>
        <source>The group found the right answer (no. %1) in %2.</source>
        <translation>The group found the right answer (no. %1) in %2.</translation>
    </message>
    <message>
        <source>The right answer (no. %1) was revealed after %2.</source>
        <translation>The right answer (no. %1) was revealed after %2.</translation>
    </message>
    <message>
        <source>Flip charts</source>
        <translation>Flip charts</translation>
    </message>
    <message>
        <source>No entries.</source>
        <translation>No entries.</translation>
    </message>
    <message>
        <source>Next lesson</source>
        <translation>Next lesson</translation>
    </message>
    <message>
        <source>The group chose %1.</source>
        <translation>The group chose %1.</translation>
    </message>
    <message>
        <source>Time per slide</source>
        <translation>Time per slide</translation>
    </message>
    <message>
        <source>The lesson planned %1 in all.</source>
        <translation>The lesson planned %1 in all.</translation>
    </message>
    <message>
        <source>%1. %2 — %3 (planned %4)</source>
        <translation>%1. %2 — %3 (planned %4)</translation>
    </message>
    <message>
        <source>%1. %2 — %3</source>
        <translation>%1. %2 — %3</translation>
    </message>
    <message numerus="yes">
        <source>The room&apos;s phones voted (%n of %1 joined): %2</source>
        <translation>
            <numerusform>The room&apos;s phones voted (%n of %1 joined): %2</numerusform>
            <numerusform>The room&apos;s phones voted (%n of %1 joined): %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Drawn on the slides</source>
        <translation>Drawn on the slides</translation>
    </message>
    <message>
        <source>Slide %1</source>
        <translation>Slide %1</translation>
    </message>
    <message>
        <source>Slide %1: %2</source>
        <translation>Slide %1: %2</translation>
    </message>
    <message>
        <source>The page shows: %1</source>
        <translation>The page shows: %1</translation>
    </message>
</context>
<context>
    <name>RoomPanel</name>
    <message>
        <source>%1 hides the join card</source>
        <translation>%1 hides the join card</translation>
    </message>
    <message>
        <source>%1 shows the join card</source>
        <translation>%1 shows the join card</translation>
    </message>
    <message numerus="yes">
        <source>Room open: %1 · code %2 · %n joined (%3)</source>
        <translation>
            <numerusform>Room open: %1 · code %2 · %n joined (%3)</numerusform>
            <numerusform>Room open: %1 · code %2 · %n joined (%3)</numerusform>
        </translation>
    </message>
    <message>
        <source>open, %1 closes it</source>
        <translation>open, %1 closes it</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>closed</translation>
    </message>
    <message numerus="yes">
        <source>THE ROOM&apos;S VOTE: %n voted of %1 joined, %2</source>
        <translation>
            <numerusform>THE ROOM&apos;S VOTE: %n voted of %1 joined, %2</numerusform>
            <numerusform>THE ROOM&apos;S VOTE: %n voted of %1 joined, %2</numerusform>
        </translation>
    </message>
    <message>
        <source>The projector shows the votes (%1 hides them).</source>
        <translation>The projector shows the votes (%1 hides them).</translation>
    </message>
    <message>
        <source>%1 shows the votes on the projector.</source>
        <translation>%1 shows the votes on the projector.</translation>
    </message>
    <message numerus="yes">
        <source>FROM THE PHONES: %n waiting (%1 adds the first, %2 drops it)</source>
        <translation>
            <numerusform>FROM THE PHONES: %n waiting (%1 adds the first, %2 drops it)</numerusform>
            <numerusform>FROM THE PHONES: %n waiting (%1 adds the first, %2 drops it)</numerusform>
        </translation>
    </message>
    <message>
        <source> · remote: %1</source>
        <translation> · remote: %1</translation>
    </message>
    <message>
        <source>a phone</source>
        <translation>a phone</translation>
    </message>
    <message>
        <source>Pair your phone as the remote</source>
        <translation>Pair your phone as the remote</translation>
    </message>
    <message>
        <source>Scan the code with the phone&apos;s camera. The phone shows your notes, the next step, the time and the right answer, and its buttons drive the lesson.</source>
        <translation>Scan the code with the phone&apos;s camera. The phone shows your notes, the next step, the time and the right answer, and its buttons drive the lesson.</translation>
    </message>
    <message>
        <source>It replaces the remote paired now (%1).</source>
        <translation>It replaces the remote paired now (%1).</translation>
    </message>
    <message>
        <source>The code works once, for two minutes, and never shows on the projector. %1</source>
        <translation>The code works once, for two minutes, and never shows on the projector. %1</translation>
    </message>
    <message>
        <source>Any key hides the code.</source>
        <translation>Any key hides the code.</translation>
    </message>
    <message numerus="yes">
        <source> · %n connected</source>
        <translation>
            <numerusform> · %n connected</numerusform>
            <numerusform> · %n connected</numerusform>
        </translation>
    </message>
    <message>
        <source> · closed to new phones (%1 opens it)</source>
        <translation> · closed to new phones (%1 opens it)</translation>
    </message>
    <message>
        <source> · typed codes paused, scanning works</source>
        <translation> · typed codes paused, scanning works</translation>
    </message>
</context>
<context>
    <name>SessionRecord</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>too large to be a session record</source>
        <translation>too large to be a session record</translation>
    </message>
    <message>
        <source>not valid JSON (%1 at byte %2); it may be truncated</source>
        <translation>not valid JSON (%1 at byte %2); it may be truncated</translation>
    </message>
    <message>
        <source>not a Stoppunkt session record</source>
        <translation>not a Stoppunkt session record</translation>
    </message>
</context>
<context>
    <name>Summary</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
</context>
<context>
    <name>WholeFile</name>
    <message>
        <source>its folder cannot be created</source>
        <translation>its folder cannot be created</translation>
    </message>
</context>
<context>
    <name>stoppunkt::AuthorForm</name>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>stoppunkt::AuthorForms</name>
    <message>
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <source>The notes were written. Alt+Backspace takes them back.</source>
        <translation>The notes were written. Alt+Backspace takes them back.</translation>
    </message>
    <message>
        <source>Go to a question, or to a stop in the stop editor (Shift+M), to write the question asked there.</source>
        <translation>Go to a question, or to a stop in the stop editor (Shift+M), to write the question asked there.</translation>
    </message>
    <message>
        <source>Film #%1</source>
        <translation>Film #%1</translation>
    </message>
    <message>
        <source>A new question at stop %1 of “%2”</source>
        <translation>A new question at stop %1 of “%2”</translation>
    </message>
    <message>
        <source>The question at stop %1 of “%2”</source>
        <translation>The question at stop %1 of “%2”</translation>
    </message>
    <message>
        <source>Not saved: mark which option is the right one.</source>
        <translation>Not saved: mark which option is the right one.</translation>
    </message>
    <message>
        <source>The question “%1” was added. Alt+Backspace takes it back.</source>
        <translation>The question “%1” was added. Alt+Backspace takes it back.</translation>
    </message>
    <message>
        <source>The question “%1” was written. Alt+Backspace takes it back.</source>
        <translation>The question “%1” was written. Alt+Backspace takes it back.</translation>
    </message>
</context>
<context>
    <name>stoppunkt::AuthorMode</name>
    <message>
        <source>Not changed: %1</source>
        <translation>Not changed: %1</translation>
    </message>
    <message>
        <source>%1 Note: %2.</source>
        <translation>%1 Note: %2.</translation>
    </message>
    <message>
        <source>The slide moved. Alt+Backspace moves it back.</source>
        <translation>The slide moved. Alt+Backspace moves it back.</translation>
    </message>
    <message>
        <source>The slide was copied; the copy is shown.</source>
        <translation>The slide was copied; the copy is shown.</translation>
    </message>
    <message>
        <source>The slide was split: the pages from here on are the next slide.</source>
        <translation>The slide was split: the pages from here on are the next slide.</translation>
    </message>
    <message>
        <source>Slide %1 “%2” was deleted. Alt+Backspace brings it back.</source>
        <translation>Slide %1 “%2” was deleted. Alt+Backspace brings it back.</translation>
    </message>
    <message>
        <source>Undone: %1.</source>
        <translation>Undone: %1.</translation>
    </message>
    <message>
        <source>Done again: %1.</source>
        <translation>Done again: %1.</translation>
    </message>
    <message>
        <source>Title of the slide</source>
        <translation>Title of the slide</translation>
    </message>
    <message>
        <source>The title of slide %1, as the room sees it:</source>
        <translation>The title of slide %1, as the room sees it:</translation>
    </message>
    <message>
        <source>The title was changed.</source>
        <translation>The title was changed.</translation>
    </message>
</context>
<context>
    <name>stoppunkt::ConsoleRequests</name>
    <message>
        <source>Quit Stoppunkt?</source>
        <translation>Quit Stoppunkt?</translation>
    </message>
    <message>
        <source>Quit the lesson? The projector will close.</source>
        <translation>Quit the lesson? The projector will close.</translation>
    </message>
    <message>
        <source>The room will listen on %1 when %2 turns it on.</source>
        <translation>The room will listen on %1 when %2 turns it on.</translation>
    </message>
    <message>
        <source>Console language: %1 (%2 changes it). The projector keeps the lesson&apos;s language.</source>
        <translation>Console language: %1 (%2 changes it). The projector keeps the lesson&apos;s language.</translation>
    </message>
</context>
<context>
    <name>stoppunkt::ConsoleWindow</name>
    <message>
        <source>Stoppunkt — %1</source>
        <translation>Stoppunkt — %1</translation>
    </message>
    <message>
        <source>The session record is NOT being saved: %1</source>
        <translation>The session record is NOT being saved: %1</translation>
    </message>
    <message>
        <source>Go to slide %1: press Enter (Esc cancels)</source>
        <translation>Go to slide %1: press Enter (Esc cancels)</translation>
    </message>
    <message>
        <source>Press Next again within 2 s to skip to the stop point</source>
        <translation>Press Next again within 2 s to skip to the stop point</translation>
    </message>
    <message>
        <source>Press Next again within 2 s to reveal the answer (%1 reveals at once)</source>
        <translation>Press Next again within 2 s to reveal the answer (%1 reveals at once)</translation>
    </message>
    <message>
        <source>Projector %1 disconnected: the lesson goes on here; plug it back in to continue there</source>
        <translation>Projector %1 disconnected: the lesson goes on here; plug it back in to continue there</translation>
    </message>
    <message>
        <source>The projector is black (%1 to show the slide)</source>
        <translation>The projector is black (%1 to show the slide)</translation>
    </message>
    <message>
        <source>The projector is white (%1 to show the slide)</source>
        <translation>The projector is white (%1 to show the slide)</translation>
    </message>
    <message>
        <source>Rehearsal: both windows are normal windows</source>
        <translation>Rehearsal: both windows are normal windows</translation>
    </message>
    <message>
        <source>Projector on %1</source>
        <translation>Projector on %1</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>paused</translation>
    </message>
    <message>
        <source>Now on the projector</source>
        <translation>Now on the projector</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>End of the lesson</source>
        <translation>End of the lesson</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Timer</source>
        <translation>Timer</translation>
    </message>
    <message>
        <source>The question</source>
        <translation>The question</translation>
    </message>
    <message>
        <source>Slide %1 of %2: %3</source>
        <translation>Slide %1 of %2: %3</translation>
    </message>
    <message>
        <source>The projector is black</source>
        <translation>The projector is black</translation>
    </message>
    <message>
        <source>The projector is white</source>
        <translation>The projector is white</translation>
    </message>
    <message>
        <source>The end of the lesson</source>
        <translation>The end of the lesson</translation>
    </message>
    <message>
        <source>The right answer is %1: %2.</source>
        <translation>The right answer is %1: %2.</translation>
    </message>
    <message>
        <source>Nothing picked yet.</source>
        <translation>Nothing picked yet.</translation>
    </message>
    <message>
        <source>Picked: %1.</source>
        <translation>Picked: %1.</translation>
    </message>
    <message>
        <source>The room sees the answer.</source>
        <translation>The room sees the answer.</translation>
    </message>
</context>
<context>
    <name>stoppunkt::FilmPlayer</name>
    <message>
        <source>The video library could not start.</source>
        <translation>The video library could not start.</translation>
    </message>
    <message>
        <source>The film cannot be shown: the projector&apos;s OpenGL video surface did not start.</source>
        <translation>The film cannot be shown: the projector&apos;s OpenGL video surface did not start.</translation>
    </message>
    <message>
        <source>%1 is not a film file (it must be an existing file, named by its full path)</source>
        <translation>%1 is not a film file (it must be an existing file, named by its full path)</translation>
    </message>
    <message>
        <source>The film cannot be played: %1</source>
        <translation>The film cannot be played: %1</translation>
    </message>
</context>
<context>
    <name>stoppunkt::FlipchartLine</name>
    <message>
        <source>An answer from the room, then Enter. Up/Down choose an entry to edit; Esc closes.</source>
        <translation>An answer from the room, then Enter. Up/Down choose an entry to edit; Esc closes.</translation>
    </message>
</context>
<context>
    <name>stoppunkt::LessonFile</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>cannot read %1: %2</translation>
    </message>
    <message>
        <source>the lesson has errors; fix them first: %1</source>
        <translation>the lesson has errors; fix them first: %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>cannot write %1: %2</translation>
    </message>
    <message>
        <source>the lesson file no longer has what this changes; it was edited elsewhere</source>
        <translation>the lesson file no longer has what this changes; it was edited elsewhere</translation>
    </message>
    <message>
        <source>there is no change to undo</source>
        <translation>there is no change to undo</translation>
    </message>
    <message>
        <source>there is no change to redo</source>
        <translation>there is no change to redo</translation>
    </message>
    <message>
        <source>the lesson file was edited elsewhere where this change was made, so it cannot be taken back</source>
        <translation>the lesson file was edited elsewhere where this change was made, so it cannot be taken back</translation>
    </message>
</context>
<context>
    <name>stoppunkt::LessonPicker</name>
    <message>
        <source>Stoppunkt — choose a lesson</source>
        <translation>Stoppunkt — choose a lesson</translation>
    </message>
    <message>
        <source>Choose a lesson. Your own lessons go in a folder each, with its lesson.json, in the last folder below.</source>
        <translation>Choose a lesson. Your own lessons go in a folder each, with its lesson.json, in the last folder below.</translation>
    </message>
    <message>
        <source>Lessons that come with Stoppunkt  (%1)</source>
        <translation>Lessons that come with Stoppunkt  (%1)</translation>
    </message>
    <message>
        <source>Your own lessons  (%1)</source>
        <translation>Your own lessons  (%1)</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>none yet</translation>
    </message>
    <message>
        <source>%1  —  %2, %3</source>
        <translation>%1  —  %2, %3</translation>
    </message>
    <message>
        <source>%1  —  cannot open: %2</source>
        <translation>%1  —  cannot open: %2</translation>
    </message>
    <message>
        <source>%1.  %2</source>
        <translation>%1.  %2</translation>
    </message>
    <message numerus="yes">
        <source>%n slides</source>
        <translation>
            <numerusform>%n slide</numerusform>
            <numerusform>%n slides</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stoppunkt::LessonSwitcher</name>
    <message>
        <source>The lesson was reloaded.</source>
        <translation>The lesson was reloaded.</translation>
    </message>
    <message numerus="yes">
        <source>The saved lesson has %n error(s); the last good version stays on screen. %1</source>
        <translation>
            <numerusform>The saved lesson has an error; the last good version stays on screen. %1</numerusform>
            <numerusform>The saved lesson has %n errors; the last good version stays on screen. %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The lesson %1 has errors and was not opened: %2</source>
        <translation>The lesson %1 has errors and was not opened: %2</translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <translation>Opened %1.</translation>
    </message>
</context>
<context>
    <name>stoppunkt::NotesEditor</name>
    <message>
        <source>Plain</source>
        <translation>Plain</translation>
    </message>
    <message>
        <source>Continue (go on)</source>
        <translation>Continue (go on)</translation>
    </message>
    <message>
        <source>Discuss (ask the room)</source>
        <translation>Discuss (ask the room)</translation>
    </message>
    <message>
        <source>Important</source>
        <translation>Important</translation>
    </message>
    <message>
        <source>Notes of “%1”</source>
        <translation>Notes of “%1”</translation>
    </message>
    <message>
        <source>Kind of this note</source>
        <translation>Kind of this note</translation>
    </message>
    <message>
        <source>Notes, one per paragraph</source>
        <translation>Notes, one per paragraph</translation>
    </message>
    <message>
        <source>One note per paragraph · Ctrl+1–4 or the list: its kind · Ctrl+Enter saves · Esc closes</source>
        <translation>One note per paragraph · Ctrl+1–4 or the list: its kind · Ctrl+Enter saves · Esc closes</translation>
    </message>
</context>
<context>
    <name>stoppunkt::ProjectorWindow</name>
    <message>
        <source>Stoppunkt — projector</source>
        <translation>Stoppunkt — projector</translation>
    </message>
</context>
<context>
    <name>stoppunkt::QuestionForm</name>
    <message>
        <source>The question the room sees</source>
        <translation>The question the room sees</translation>
    </message>
    <message>
        <source>&amp;Title of the slide</source>
        <translation>&amp;Title of the slide</translation>
    </message>
    <message>
        <source>&amp;Question</source>
        <translation>&amp;Question</translation>
    </message>
    <message>
        <source>Add an option</source>
        <translation>Add an option</translation>
    </message>
    <message>
        <source>Remove the last option</source>
        <translation>Remove the last option</translation>
    </message>
    <message>
        <source>The room&apos;s phones &amp;vote on it</source>
        <translation>The room&apos;s phones &amp;vote on it</translation>
    </message>
    <message>
        <source>Notes of the question, one per paragraph</source>
        <translation>Notes of the question, one per paragraph</translation>
    </message>
    <message>
        <source>Tab: next field · Ctrl+Enter saves · Esc closes · the notes: one per paragraph, Ctrl+1–4 their kind</source>
        <translation>Tab: next field · Ctrl+Enter saves · Esc closes · the notes: one per paragraph, Ctrl+1–4 their kind</translation>
    </message>
    <message>
        <source>As the room sees it</source>
        <translation>As the room sees it</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <source>Option &amp;%1 is the right one</source>
        <translation>Option &amp;%1 is the right one</translation>
    </message>
    <message>
        <source>Option %1, as the room sees it</source>
        <translation>Option %1, as the room sees it</translation>
    </message>
    <message>
        <source>Option %1</source>
        <translation>Option %1</translation>
    </message>
    <message>
        <source>Feedback the room sees when it picks this option (optional)</source>
        <translation>Feedback the room sees when it picks this option (optional)</translation>
    </message>
    <message>
        <source>Feedback of option %1</source>
        <translation>Feedback of option %1</translation>
    </message>
    <message>
        <source>Talking points for you only, one per line (optional)</source>
        <translation>Talking points for you only, one per line (optional)</translation>
    </message>
    <message>
        <source>Talking points of option %1</source>
        <translation>Talking points of option %1</translation>
    </message>
</context>
<context>
    <name>stoppunkt::RecordKeeper</name>
    <message>
        <source>The session record could not be read (%1). It was kept as %2; a new record starts.</source>
        <translation>The session record could not be read (%1). It was kept as %2; a new record starts.</translation>
    </message>
    <message>
        <source>Resume the lesson?</source>
        <translation>Resume the lesson?</translation>
    </message>
    <message>
        <source>The session of &quot;%1&quot; that started %2 was interrupted on slide %3 of %4. Resume it: same slide, same picks and flip-chart entries?</source>
        <translation>The session of &quot;%1&quot; that started %2 was interrupted on slide %3 of %4. Resume it: same slide, same picks and flip-chart entries?</translation>
    </message>
    <message>
        <source>Resumed the interrupted session on slide %1.</source>
        <translation>Resumed the interrupted session on slide %1.</translation>
    </message>
    <message>
        <source>The lesson has changed since: %1.</source>
        <translation>The lesson has changed since: %1.</translation>
    </message>
    <message>
        <source>The interrupted session&apos;s record has no state to resume from; it is kept, and a new one starts.</source>
        <translation>The interrupted session&apos;s record has no state to resume from; it is kept, and a new one starts.</translation>
    </message>
    <message>
        <source>the session record is saved again</source>
        <translation>the session record is saved again</translation>
    </message>
    <message>
        <source>the session record %1 cannot be saved: %2</source>
        <translation>the session record %1 cannot be saved: %2</translation>
    </message>
</context>
<context>
    <name>stoppunkt::RoomAddressDialog</name>
    <message>
        <source>Stoppunkt — where the room&apos;s phones join</source>
        <translation>Stoppunkt — where the room&apos;s phones join</translation>
    </message>
    <message>
        <source>Choose the network that the room&apos;s phones are on: the laptop listens there only, and the join card shows that address. The choice is remembered.</source>
        <translation>Choose the network that the room&apos;s phones are on: the laptop listens there only, and the join card shows that address. The choice is remembered.</translation>
    </message>
    <message>
        <source>This computer only: %1 (no phone can join; for trying it out)</source>
        <translation>This computer only: %1 (no phone can join; for trying it out)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>stoppunkt::RoomSync</name>
    <message>
        <source>The room&apos;s phones are off: the server has stopped.</source>
        <translation>The room&apos;s phones are off: the server has stopped.</translation>
    </message>
    <message>
        <source>The room cannot be opened on %1.</source>
        <translation>The room cannot be opened on %1.</translation>
    </message>
    <message>
        <source>Turn the room&apos;s phones on first.</source>
        <translation>Turn the room&apos;s phones on first.</translation>
    </message>
    <message>
        <source>A vote opens at a question, while the room discusses it.</source>
        <translation>A vote opens at a question, while the room discusses it.</translation>
    </message>
    <message>
        <source>Suggestions go on the flip chart of a flip-chart slide.</source>
        <translation>Suggestions go on the flip chart of a flip-chart slide.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The room is open. %1 shows the join card on the projector.</source>
        <translation>The room is open. %1 shows the join card on the projector.</translation>
    </message>
    <message>
        <source>The room&apos;s file %1 cannot be read (%2): turn the room on again with %3, and the phones join again.</source>
        <translation>The room&apos;s file %1 cannot be read (%2): turn the room on again with %3, and the phones join again.</translation>
    </message>
    <message>
        <source>The room cannot be opened again on %1: turn it on with %2, and the phones join again.</source>
        <translation>The room cannot be opened again on %1: turn it on with %2, and the phones join again.</translation>
    </message>
    <message>
        <source>The room cannot be kept in %1 (%2): if the program stops now, the phones must join again.</source>
        <translation>The room cannot be kept in %1 (%2): if the program stops now, the phones must join again.</translation>
    </message>
    <message>
        <source>%1 is not on this computer&apos;s networks now (%2 chooses another).</source>
        <translation>%1 is not on this computer&apos;s networks now (%2 chooses another).</translation>
    </message>
    <message>
        <source>The room is open on this computer only: no phone can join (%1 chooses a network).</source>
        <translation>The room is open on this computer only: no phone can join (%1 chooses a network).</translation>
    </message>
    <message>
        <source>The room cannot be opened on %1: it is off. %2 turns it on again.</source>
        <translation>The room cannot be opened on %1: it is off. %2 turns it on again.</translation>
    </message>
    <message>
        <source>The room moved to %1: the phones must scan the new join card (%2); their votes are kept.</source>
        <translation>The room moved to %1: the phones must scan the new join card (%2); their votes are kept.</translation>
    </message>
    <message>
        <source>No phone is paired as the remote.</source>
        <translation>No phone is paired as the remote.</translation>
    </message>
    <message>
        <source>Your remote is paired (%1). %2 drops it.</source>
        <translation>Your remote is paired (%1). %2 drops it.</translation>
    </message>
    <message>
        <source>a phone</source>
        <translation>a phone</translation>
    </message>
    <message>
        <source>The remote is dropped: that phone controls nothing now.</source>
        <translation>The remote is dropped: that phone controls nothing now.</translation>
    </message>
    <message>
        <source>Scan the code on the console with your phone: it becomes your remote. The code works once; any key hides it.</source>
        <translation>Scan the code on the console with your phone: it becomes your remote. The code works once; any key hides it.</translation>
    </message>
    <message>
        <source>The room is open again with the same code: the phones and your remote come back by themselves, with their votes.</source>
        <translation>The room is open again with the same code: the phones and your remote come back by themselves, with their votes.</translation>
    </message>
    <message>
        <source>Too many wrong room codes were typed: typing pauses for a few minutes. Phones that scan the join card still join.</source>
        <translation>Too many wrong room codes were typed: typing pauses for a few minutes. Phones that scan the join card still join.</translation>
    </message>
    <message>
        <source>The room is closed to new phones; those that joined come back by themselves (%1 opens it).</source>
        <translation>The room is closed to new phones; those that joined come back by themselves (%1 opens it).</translation>
    </message>
    <message>
        <source>The room is open to new phones again (%1 closes it).</source>
        <translation>The room is open to new phones again (%1 closes it).</translation>
    </message>
    <message>
        <source>Port %1 is taken by another program, so the room is open again on port %2: the join card is on the projector, for the phones to scan again (their votes are kept).</source>
        <translation>Port %1 is taken by another program, so the room is open again on port %2: the join card is on the projector, for the phones to scan again (their votes are kept).</translation>
    </message>
</context>
<context>
    <name>stoppunkt::Session</name>
    <message>
        <source>slide %1</source>
        <translation>slide %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (slide %2)</source>
        <translation>&quot;%1&quot; (slide %2)</translation>
    </message>
    <message>
        <source>%1 is no longer in the lesson; the session goes on at slide %2</source>
        <translation>%1 is no longer in the lesson; the session goes on at slide %2</translation>
    </message>
    <message>
        <source>the picks on %1 no longer fit a question of the lesson</source>
        <translation>the picks on %1 no longer fit a question of the lesson</translation>
    </message>
    <message numerus="yes">
        <source>%n flip-chart entries of %1 have no flip-chart slide in the lesson now</source>
        <translation>
            <numerusform>the flip-chart entry of %1 has no flip-chart slide in the lesson now</numerusform>
            <numerusform>%n flip-chart entries of %1 have no flip-chart slide in the lesson now</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n strokes drawn on %1 have no slide in the lesson now</source>
        <translation>
            <numerusform>%n stroke drawn on %1 has no slide in the lesson now</numerusform>
            <numerusform>%n strokes drawn on %1 have no slide in the lesson now</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stoppunkt::StopEditing</name>
    <message>
        <source>Go to a slide with the film to edit its stop points.</source>
        <translation>Go to a slide with the film to edit its stop points.</translation>
    </message>
    <message>
        <source>The film is not open yet, so its frames cannot be shown; try again when it plays.</source>
        <translation>The film is not open yet, so its frames cannot be shown; try again when it plays.</translation>
    </message>
</context>
<context>
    <name>stoppunkt::StopEditor</name>
    <message>
        <source>the lesson has no film %1</source>
        <translation>the lesson has no film %1</translation>
    </message>
    <message>
        <source>there is a stop on this frame already</source>
        <translation>there is a stop on this frame already</translation>
    </message>
    <message>
        <source>no stop is selected: go to one first</source>
        <translation>no stop is selected: go to one first</translation>
    </message>
    <message>
        <source>a stop moves only between the stops before and after it; to change their order, delete it and set a new one</source>
        <translation>a stop moves only between the stops before and after it; to change their order, delete it and set a new one</translation>
    </message>
    <message>
        <source>there is no stop on this frame</source>
        <translation>there is no stop on this frame</translation>
    </message>
    <message>
        <source>the stop points</source>
        <translation>the stop points</translation>
    </message>
</context>
<context>
    <name>stoppunkt::StopEditorView</name>
    <message>
        <source>The stop&apos;s label, as the console and the film card name it; Enter keeps it, Esc leaves it</source>
        <translation>The stop&apos;s label, as the console and the film card name it; Enter keeps it, Esc leaves it</translation>
    </message>
    <message>
        <source>there is no stop on this frame: set one with S first</source>
        <translation>there is no stop on this frame: set one with S first</translation>
    </message>
    <message>
        <source>Stop points of %1</source>
        <translation>Stop points of %1</translation>
    </message>
    <message>
        <source>%1 · frame %2</source>
        <translation>%1 · frame %2</translation>
    </message>
    <message>
        <source>The film is loading…</source>
        <translation>The film is loading…</translation>
    </message>
    <message>
        <source>←/→ one frame · Shift+←/→ one second · PgUp/PgDn the stops · S set a stop here · M move the selected stop here · Delete delete the stop here · Enter its label · Ctrl+Z undo · Ctrl+Shift+Z redo · Esc close. Each change is saved in the lesson file at once.</source>
        <translation>←/→ one frame · Shift+←/→ one second · PgUp/PgDn the stops · S set a stop here · M move the selected stop here · Delete delete the stop here · Enter its label · Ctrl+Z undo · Ctrl+Shift+Z redo · Esc close. Each change is saved in the lesson file at once.</translation>
    </message>
    <message>
        <source>No stop points yet: go to a frame and press S.</source>
        <translation>No stop points yet: go to a frame and press S.</translation>
    </message>
    <message>
        <source>(no label)</source>
        <translation>(no label)</translation>
    </message>
    <message>
        <source>no question yet</source>
        <translation>no question yet</translation>
    </message>
</context>
</TS>
