<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb">
<context>
    <name>Console</name>
    <message>
        <source>Go to slide %1: Enter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyBindings</name>
    <message>
        <source>no key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LessonLanguage</name>
    <message>
        <source>The film cannot be played</source>
        <translation>Filmen kan ikke spilles av</translation>
    </message>
    <message>
        <source>Instructions for the facilitator</source>
        <translation>Instruksjoner til møteleder</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Side</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Leksjon</translation>
    </message>
    <message>
        <source>The right answer is no. %1.</source>
        <translation>Riktig svar er nr. %1.</translation>
    </message>
    <message>
        <source>Slide</source>
        <translation>Lysbilde</translation>
    </message>
</context>
<context>
    <name>PaceText</name>
    <message numerus="yes">
        <source>planned: %n min</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>ends %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on time</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n min ahead</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min behind</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Stoppunkt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lesson %1 has errors and cannot be opened:

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open lesson &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a key here</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionRecord</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too large to be a session record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON (%1 at byte %2); it may be truncated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a Stoppunkt session record</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Summary</name>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>wrote %1 (1 page)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrote %1 (%2 pages)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrote %1 steps to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stoppunkt</name>
    <message>
        <source>Stoppunkt presents a training lesson on two screens: the projector for the room, a private console for the facilitator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the lesson files and print every problem. Exit 0 when all are valid, 1 on lesson errors, 2 on usage errors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --validate: show the result in a window instead of the terminal (the desktop menu&apos;s &quot;Check a lesson&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print one line per slide, with question options (* = right) and film segments, for review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step through the lesson as a Next-only clicker would, writing step-NNN-projector.png and step-NNN-console.png into &lt;dir&gt;, then exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window size for --walkthrough (default 1920x1080).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WxH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rehearsal: both windows as normal windows, nothing full screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the projector window on the screen with this name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the time from start until both windows have painted the first slide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit once both windows have painted (for benchmarks).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the projector draws the film: gl (OpenGL), sw (software) or auto (gl where OpenGL works).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the exact frame shown at each stop point as &lt;dir&gt;/stop-N.png at the film&apos;s size, then exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author mode: M prints the film&apos;s position as a stop-point entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume the interrupted session of this lesson without asking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the summary of a session record (SESSION.json) as a PDF; give the file with -o.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report&apos;s PDF file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press these keys once the windows show, e.g. &quot;Right,Right,2&quot;; &quot;flipchart:TEXT&quot; adds a flip-chart entry; &quot;lesson:N&quot; opens the summary slide&apos;s Nth lesson, &quot;lesson:FILE&quot; any lesson (for automation).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the session&apos;s state as JSON once the windows show (for automation).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the facilitator&apos;s handout (two slides per page, with their notes) as a PDF, then exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload the lesson when its file changes, staying on the same slide (live preview).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson file(s) (lesson.json).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--validate, --outline, --walkthrough, --stop-frames and --report cannot be combined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--video-output takes gl, sw or auto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--size takes WIDTHxHEIGHT, like 1920x1080</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--report SESSION.json needs -o report.pdf, and nothing else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--validate needs at least one lesson file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes exactly one lesson file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give one lesson to present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lesson is ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lesson has problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try &apos;stoppunkt --help&apos; for more information.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no display to show the windows on (DISPLAY is not set). Start it in a desktop session, or use --walkthrough, --validate or --outline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the record&apos;s lesson %1 cannot be read:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the film did not load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the film did not reach stop point %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrote %1 stop frames to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: build, film, question, then slide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous step or slide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First slide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last slide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Black screen on the projector (toggle)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>White screen on the projector (toggle)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start or resume: projector full screen, blank off, timer on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave blank, an overlay or full screen (never quits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit (asks first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause or run the elapsed timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset the elapsed timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview of all slides, to jump</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Larger notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smaller notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scroll the notes down (when they do not fit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scroll the notes up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swap the projector and console screens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reveal the right answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the last pick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replay the film segment from its start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Film subtitles on or off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause or resume the film</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Film back 10 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Film louder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Film softer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the room&apos;s answers on the flip chart (flip-chart slides)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open another lesson (on the summary slide, its choices come first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author mode: print the film&apos;s position as a stop point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session report: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session of %1 — %2 in all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picks in order: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The right answer (no. %1) was not reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group found the right answer (no. %1) in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The right answer (no. %1) was revealed after %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flip charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group chose %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time per slide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lesson planned %1 in all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2 — %3 (planned %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stoppunkt::ConsoleWindow</name>
    <message>
        <source>Stoppunkt — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session record is NOT being saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to slide %1: press Enter (Esc cancels)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Next again within 2 s to skip to the stop point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Next again within 2 s to reveal the answer (%1 reveals at once)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projector %1 disconnected: the lesson goes on here; plug it back in to continue there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The projector is black (%1 to show the slide)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The projector is white (%1 to show the slide)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rehearsal: both windows are normal windows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projector on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now on the projector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End of the lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stoppunkt::FilmPlayer</name>
    <message>
        <source>The video library could not start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The film cannot be shown: the projector&apos;s OpenGL video surface did not start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a film file (it must be an existing file, named by its full path)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The film cannot be played: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stoppunkt::FilmProbe</name>
    <message>
        <source>the video library could not start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a playlist or a reference to other files, not a video file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a video file that can be played (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a playlist or a reference to other files (%1), not a video file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has no video in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a picture, not a film</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not be read within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stoppunkt::FilmSync</name>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stoppunkt::FlipchartLine</name>
    <message>
        <source>An answer from the room, then Enter. Up/Down choose an entry to edit; Esc closes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stoppunkt::KeyBindings</name>
    <message>
        <source>%1: cannot read the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a JSON object (%2 at byte %3); default keys are used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown action &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; did you mean &quot;%1&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be a list of keys, like [&quot;Right&quot;, &quot;Space&quot;]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot;: &quot;%3&quot; is not a key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stoppunkt::LessonPicker</name>
    <message>
        <source>Stoppunkt — choose a lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a lesson. Your own lessons go in a folder each, with its lesson.json, in the last folder below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lessons that come with Stoppunkt  (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own lessons  (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 slide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 slides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  —  %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  —  cannot open: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.  %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stoppunkt::NotesView</name>
    <message>
        <source>No notes on this slide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▼ more below (wheel or %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▲ more above (wheel or %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stoppunkt::Presenter</name>
    <message>
        <source>The lesson was reloaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved lesson has %1; the last good version stays on screen. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lesson %1 has errors and was not opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit Stoppunkt?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit the lesson? The projector will close.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stoppunkt::ProjectorWindow</name>
    <message>
        <source>Stoppunkt — projector</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stoppunkt::RecordKeeper</name>
    <message>
        <source>The session record could not be read (%1). It was kept as %2; a new record starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume the lesson?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session of &quot;%1&quot; that started %2 was interrupted on slide %3 of %4. Resume it: same slide, same picks and flip-chart entries?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resumed the interrupted session on slide %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lesson has changed since: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The interrupted session&apos;s record has no state to resume from; it is kept, and a new one starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the session record is saved again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the session record %1 cannot be saved: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stoppunkt::Session</name>
    <message>
        <source>slide %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; (slide %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is no longer in the lesson; the session goes on at slide %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the picks on %1 no longer fit a question of the lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the flip-chart entry of %1 has no flip-chart slide in the lesson now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 flip-chart entries of %2 have no flip-chart slide in the lesson now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stoppunkt::SessionRecorder</name>
    <message>
        <source>its folder cannot be created</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stoppunkt::consolepanels</name>
    <message>
        <source>Right answer: no. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The question comes at the stop point.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discussing: the room sees no marks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picking: 1 wrong so far.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picking: %1 wrong so far.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys 1–%1 pick, %2 reveals, %3 undoes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found by picking: no. %1. Next goes on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revealed. Next goes on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[pick %1]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused (%1 resumes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>playing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at the stop point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ready: Next starts the film</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This lesson has no film.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No film on this slide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subtitles on (%1 hides)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subtitles off (%1 shows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NEXT LESSON  (%1 opens the one the group chose)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 (not found)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FLIP CHART  (%1 writes, click an entry to edit it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No entries yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary  —  %1 of %2 planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary  —  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no picks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>picks %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>found in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revealed after %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: 1 flip-chart entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 flip-chart entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1–6 pick an option at a question. Elsewhere, type a slide number and press Enter to jump. Keys can be changed in %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
