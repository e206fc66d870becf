<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv">
<context>
    <name>Action</name>
    <message>
        <source>Next: build, film, question, then slide</source>
        <translation>Nästa: punkt, film, fråga, sedan bild</translation>
    </message>
    <message>
        <source>Previous step or slide</source>
        <translation>Föregående steg eller bild</translation>
    </message>
    <message>
        <source>First slide</source>
        <translation>Första bilden</translation>
    </message>
    <message>
        <source>Last slide</source>
        <translation>Sista bilden</translation>
    </message>
    <message>
        <source>Black screen on the projector (toggle)</source>
        <translation>Svart projektor (av och på)</translation>
    </message>
    <message>
        <source>White screen on the projector (toggle)</source>
        <translation>Vit projektor (av och på)</translation>
    </message>
    <message>
        <source>Start or resume: projector full screen, blank off, timer on</source>
        <translation>Starta eller fortsätt: projektorn i helskärm, inte släckt, klockan går</translation>
    </message>
    <message>
        <source>Leave blank, an overlay or full screen (never quits)</source>
        <translation>Lämna svart skärm, en översikt eller helskärm (avslutar aldrig)</translation>
    </message>
    <message>
        <source>Quit (asks first)</source>
        <translation>Avsluta (frågar först)</translation>
    </message>
    <message>
        <source>Pause or run the elapsed timer</source>
        <translation>Pausa eller starta klockan</translation>
    </message>
    <message>
        <source>Reset the elapsed timer</source>
        <translation>Nollställ klockan</translation>
    </message>
    <message>
        <source>Overview of all slides, to jump</source>
        <translation>Översikt över alla bilder, för att hoppa</translation>
    </message>
    <message>
        <source>This help</source>
        <translation>Den här hjälpen</translation>
    </message>
    <message>
        <source>Larger notes</source>
        <translation>Större anteckningar</translation>
    </message>
    <message>
        <source>Smaller notes</source>
        <translation>Mindre anteckningar</translation>
    </message>
    <message>
        <source>Scroll the notes down (when they do not fit)</source>
        <translation>Rulla anteckningarna nedåt (när de inte får plats)</translation>
    </message>
    <message>
        <source>Scroll the notes up</source>
        <translation>Rulla anteckningarna uppåt</translation>
    </message>
    <message>
        <source>Swap the projector and console screens</source>
        <translation>Byt plats på projektorns och din skärm</translation>
    </message>
    <message>
        <source>Reveal the right answer</source>
        <translation>Visa rätt svar</translation>
    </message>
    <message>
        <source>Undo the last pick</source>
        <translation>Ångra det senaste valet</translation>
    </message>
    <message>
        <source>Replay the film segment from its start</source>
        <translation>Spela upp filmklippet från början</translation>
    </message>
    <message>
        <source>Film subtitles on or off</source>
        <translation>Filmens undertexter av och på</translation>
    </message>
    <message>
        <source>Pause or resume the film</source>
        <translation>Pausa filmen eller fortsätt</translation>
    </message>
    <message>
        <source>Film back 10 seconds</source>
        <translation>Filmen 10 sekunder bakåt</translation>
    </message>
    <message>
        <source>Film louder</source>
        <translation>Filmen högre</translation>
    </message>
    <message>
        <source>Film softer</source>
        <translation>Filmen lägre</translation>
    </message>
    <message>
        <source>Write the room&apos;s answers on the flip chart (flip-chart slides)</source>
        <translation>Skriv deltagarnas svar på blädderblocket (blädderblocksbilder)</translation>
    </message>
    <message>
        <source>Open another lesson (on the summary slide, its choices come first)</source>
        <translation>Öppna en annan lektion (på sammanfattningsbilden kommer dess val först)</translation>
    </message>
    <message>
        <source>Console language: dansk, norsk, svenska, English (remembered)</source>
        <translation>Språk på din skärm: dansk, norsk, svenska, English (sparas)</translation>
    </message>
    <message>
        <source>Author mode: print the film&apos;s position as a stop point</source>
        <translation>Författarläge: skriv filmens position som stopppunkt</translation>
    </message>
    <message>
        <source>The room answers from their phones: on or off (the room&apos;s Wi-Fi, nothing leaves it)</source>
        <translation>Deltagarna svarar från sina telefoner: på eller av (rummets wifi, inget lämnar det)</translation>
    </message>
    <message>
        <source>The join card on the projector: QR code and room code</source>
        <translation>Anslutningskortet på projektorn: QR-kod och rumskod</translation>
    </message>
    <message>
        <source>Open or close the room&apos;s vote on this question</source>
        <translation>Öppna eller stäng deltagarnas omröstning om den här frågan</translation>
    </message>
    <message>
        <source>Show or hide the room&apos;s votes on the projector</source>
        <translation>Visa eller dölj deltagarnas röster på projektorn</translation>
    </message>
    <message>
        <source>Put the room&apos;s first suggestion on the flip chart</source>
        <translation>Sätt deltagarnas första förslag på blädderblocket</translation>
    </message>
    <message>
        <source>Drop the room&apos;s first suggestion</source>
        <translation>Släng deltagarnas första förslag</translation>
    </message>
    <message>
        <source>Where the room&apos;s phones join: choose the network (remembered)</source>
        <translation>Var deltagarnas telefoner ansluter: välj nätverket (sparas)</translation>
    </message>
    <message>
        <source>Pair a phone as your remote: its code on the console, never on the projector</source>
        <translation>Parkoppla en telefon som din fjärrkontroll: koden visas på konsolen, aldrig på projektorn</translation>
    </message>
    <message>
        <source>Drop the paired remote</source>
        <translation>Koppla bort den parkopplade fjärrkontrollen</translation>
    </message>
    <message>
        <source>Close the room to new phones once everyone is in, or open it again</source>
        <translation>Stäng rummet för nya telefoner när alla är med, eller öppna det igen</translation>
    </message>
    <message>
        <source>Pointer on the projector: the mouse over the slide moves it</source>
        <translation>Pekare på projektorn: musen över bilden flyttar den</translation>
    </message>
    <message>
        <source>Spotlight: all but the pointer&apos;s circle dimmed</source>
        <translation>Strålkastare: allt utom pekarens cirkel nedtonat</translation>
    </message>
    <message>
        <source>Pen: draw on the slide with the mouse, a tablet or touch</source>
        <translation>Penna: rita på bilden med musen, en ritplatta eller pekskärm</translation>
    </message>
    <message>
        <source>Highlighter</source>
        <translation>Överstrykningspenna</translation>
    </message>
    <message>
        <source>Eraser: removes the stroke under it</source>
        <translation>Suddgummi: tar bort strecket under det</translation>
    </message>
    <message>
        <source>Undo the last stroke, erase or clear</source>
        <translation>Ångra senaste streck, sudd eller rensning</translation>
    </message>
    <message>
        <source>Clear this slide&apos;s strokes</source>
        <translation>Rensa bildens streck</translation>
    </message>
    <message>
        <source>Pen colour: red, blue, green, black</source>
        <translation>Pennfärg: röd, blå, grön, svart</translation>
    </message>
    <message>
        <source>Pen width: thin, medium, thick</source>
        <translation>Pennbredd: tunn, mellan, tjock</translation>
    </message>
    <message>
        <source>Zoom in where the mouse is (the wheel zooms, a drag pans)</source>
        <translation>Zooma in där musen är (hjulet zoomar, dra flyttar)</translation>
    </message>
    <message>
        <source>Author mode: set, move and label the film&apos;s stop points on its timeline</source>
        <translation>Författarläge: sätt, flytta och namnge filmens stopppunkter på dess tidslinje</translation>
    </message>
    <message>
        <source>Author mode: write this slide&apos;s notes</source>
        <translation>Författarläge: skriv den här bildens anteckningar</translation>
    </message>
    <message>
        <source>Author mode: write the question at this film stop (or edit this question)</source>
        <translation>Författarläge: skriv frågan vid den här stopppunkten (eller redigera den här frågan)</translation>
    </message>
    <message>
        <source>Author mode: move this slide one place earlier</source>
        <translation>Författarläge: flytta den här bilden ett steg tidigare</translation>
    </message>
    <message>
        <source>Author mode: move this slide one place later</source>
        <translation>Författarläge: flytta den här bilden ett steg senare</translation>
    </message>
    <message>
        <source>Author mode: copy this slide</source>
        <translation>Författarläge: kopiera den här bilden</translation>
    </message>
    <message>
        <source>Author mode: delete this slide</source>
        <translation>Författarläge: ta bort den här bilden</translation>
    </message>
    <message>
        <source>Author mode: change this slide&apos;s title</source>
        <translation>Författarläge: ändra den här bildens rubrik</translation>
    </message>
    <message>
        <source>Author mode: split this deck slide in two at the build step shown</source>
        <translation>Författarläge: dela den här presentationsbilden i två vid steget som visas</translation>
    </message>
    <message>
        <source>Author mode: undo the last change to the lesson file</source>
        <translation>Författarläge: ångra den senaste ändringen i lektionsfilen</translation>
    </message>
    <message>
        <source>Author mode: redo the change undone last</source>
        <translation>Författarläge: gör om den senast ångrade ändringen</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message numerus="yes">
        <source>%n slides</source>
        <translation>
            <numerusform>%n bild</numerusform>
            <numerusform>%n bilder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n films</source>
        <translation>
            <numerusform>%n film</numerusform>
            <numerusform>%n filmer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stop points</source>
        <translation>
            <numerusform>%n stopppunkt</numerusform>
            <numerusform>%n stopppunkter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n questions</source>
        <translation>
            <numerusform>%n fråga</numerusform>
            <numerusform>%n frågor</numerusform>
        </translation>
    </message>
    <message>
        <source>OK: %1</source>
        <translation>OK: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n errors</source>
        <translation>
            <numerusform>%1: %n fel</numerusform>
            <numerusform>%1: %n fel</numerusform>
        </translation>
    </message>
    <message>
        <source>Stoppunkt presents a training lesson on two screens: the projector for the room, a private console for the facilitator.</source>
        <translation>Stoppunkt visar en utbildningslektion på två skärmar: projektorn för deltagarna och en privat skärm för mötesledaren.</translation>
    </message>
    <message>
        <source>Check the lesson files and print every problem. Exit 0 when all are valid, 1 on lesson errors, 2 on usage errors.</source>
        <translation>Kontrollera lektionsfilerna och skriv ut varje problem. Avslutar med 0 när alla är giltiga, 1 vid fel i en lektion, 2 vid felaktig användning.</translation>
    </message>
    <message>
        <source>With --validate: show the result in a window instead of the terminal (the desktop menu&apos;s &quot;Check a lesson&quot;).</source>
        <translation>Med --validate: visa resultatet i ett fönster i stället för terminalen (skrivbordsmenyns ”Kontrollera en lektion”).</translation>
    </message>
    <message>
        <source>Print one line per slide, with question options (* = right) and film segments, for review.</source>
        <translation>Skriv en rad per bild med svarsalternativ (* = rätt) och filmklipp, för granskning.</translation>
    </message>
    <message>
        <source>Step through the lesson as a Next-only clicker would, writing step-NNN-projector.png and step-NNN-console.png into &lt;dir&gt;, then exit.</source>
        <translation>Gå igenom lektionen som en fjärrkontroll med bara Nästa skulle, skriv step-NNN-projector.png och step-NNN-console.png i &lt;mapp&gt;, och avsluta.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>mapp</translation>
    </message>
    <message>
        <source>Window size for --walkthrough (default 1920x1080).</source>
        <translation>Fönsterstorlek för --walkthrough (standard 1920x1080).</translation>
    </message>
    <message>
        <source>WxH</source>
        <translation>BxH</translation>
    </message>
    <message>
        <source>Rehearsal: both windows as normal windows, nothing full screen.</source>
        <translation>Generalrepetition: båda fönstren som vanliga fönster, inget i helskärm.</translation>
    </message>
    <message>
        <source>Put the projector window on the screen with this name.</source>
        <translation>Lägg projektorfönstret på skärmen med det här namnet.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>namn</translation>
    </message>
    <message>
        <source>Print the time from start until both windows have painted the first slide.</source>
        <translation>Skriv tiden från start tills båda fönstren har ritat den första bilden.</translation>
    </message>
    <message>
        <source>Quit once both windows have painted (for benchmarks).</source>
        <translation>Avsluta så snart båda fönstren har ritats (för prestandamätning).</translation>
    </message>
    <message>
        <source>How the projector draws the film: gl (OpenGL), sw (software) or auto (gl where OpenGL works).</source>
        <translation>Hur projektorn ritar filmen: gl (OpenGL), sw (programvara) eller auto (gl där OpenGL fungerar).</translation>
    </message>
    <message>
        <source>Write the exact frame shown at each stop point as &lt;dir&gt;/stop-N.png at the film&apos;s size, then exit.</source>
        <translation>Spara den exakta bildruta som visas vid varje stopppunkt som &lt;mapp&gt;/stop-N.png i filmens storlek, och avsluta.</translation>
    </message>
    <message>
        <source>Author mode: M prints the film&apos;s position as a stop-point entry.</source>
        <translation>Författarläge: M skriver filmens position som en stopppunkt.</translation>
    </message>
    <message>
        <source>Resume the interrupted session of this lesson without asking.</source>
        <translation>Fortsätt det avbrutna passet i den här lektionen utan att fråga.</translation>
    </message>
    <message>
        <source>Write the summary of a session record (SESSION.json) as a PDF; give the file with -o.</source>
        <translation>Skriv sammanfattningen av en passlogg (SESSION.json) som PDF; ange filen med -o.</translation>
    </message>
    <message>
        <source>session</source>
        <translation>pass</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fil</translation>
    </message>
    <message>
        <source>Press these keys once the windows show, e.g. &quot;Right,Right,2&quot;; &quot;flipchart:TEXT&quot; adds a flip-chart entry; &quot;lesson:N&quot; opens the summary slide&apos;s Nth lesson, &quot;lesson:FILE&quot; any lesson (for automation).</source>
        <translation>Tryck på de här tangenterna när fönstren visas, t.ex. ”Right,Right,2”; ”flipchart:TEXT” lägger till en punkt på blädderblocket; ”lesson:N” öppnar sammanfattningsbildens N:te lektion, ”lesson:FIL” valfri lektion (för automatisering).</translation>
    </message>
    <message>
        <source>keys</source>
        <translation>tangenter</translation>
    </message>
    <message>
        <source>Print the session&apos;s state as JSON once the windows show (for automation).</source>
        <translation>Skriv passets tillstånd som JSON när fönstren visas (för automatisering).</translation>
    </message>
    <message>
        <source>Write the facilitator&apos;s handout (two slides per page, with their notes) as a PDF, then exit.</source>
        <translation>Skriv mötesledarens häfte (två bilder per sida med deras anteckningar) som PDF, och avsluta.</translation>
    </message>
    <message>
        <source>pdf</source>
        <translation>pdf</translation>
    </message>
    <message>
        <source>Reload the lesson when its file changes, staying on the same slide (live preview).</source>
        <translation>Läs in lektionen igen när filen ändras och stanna på samma bild (direkt förhandsvisning).</translation>
    </message>
    <message>
        <source>The language of the console, the dialogs and these messages: da, nb, sv or en. Without it, the language last chosen in the console (key L), else the system&apos;s.</source>
        <translation>Språket på din skärm, i dialogerna och i de här meddelandena: da, nb, sv eller en. Utan det: det språk som senast valdes på skärmen (tangenten L), annars systemets.</translation>
    </message>
    <message>
        <source>Lesson file(s) (lesson.json).</source>
        <translation>Lektionsfil(er) (lesson.json).</translation>
    </message>
    <message>
        <source>--ui-language takes da, nb, sv or en</source>
        <translation>--ui-language tar da, nb, sv eller en</translation>
    </message>
    <message>
        <source>--video-output takes gl, sw or auto</source>
        <translation>--video-output tar gl, sw eller auto</translation>
    </message>
    <message>
        <source>--size takes WIDTHxHEIGHT, like 1920x1080</source>
        <translation>--size tar BREDDxHÖJD, t.ex. 1920x1080</translation>
    </message>
    <message>
        <source>--report SESSION.json needs -o report.pdf, and nothing else</source>
        <translation>--report SESSION.json kräver -o rapport.pdf och inget annat</translation>
    </message>
    <message>
        <source>%1 takes exactly one lesson file</source>
        <translation>%1 tar exakt en lektionsfil</translation>
    </message>
    <message>
        <source>give one lesson to present</source>
        <translation>ange en lektion som ska visas</translation>
    </message>
    <message>
        <source>The lesson is ready</source>
        <translation>Lektionen är klar</translation>
    </message>
    <message>
        <source>The lesson has problems</source>
        <translation>Lektionen har problem</translation>
    </message>
    <message>
        <source>Try &apos;stoppunkt --help&apos; for more information.</source>
        <translation>Prova ”stoppunkt --help” för mer information.</translation>
    </message>
    <message>
        <source>there is no display to show the windows on (DISPLAY is not set). Start it in a desktop session, or use --walkthrough, --validate or --outline.</source>
        <translation>det finns ingen skärm att visa fönstren på (DISPLAY är inte satt). Starta programmet i en skrivbordssession, eller använd --walkthrough, --validate eller --outline.</translation>
    </message>
    <message numerus="yes">
        <source>wrote %1 (%n pages)</source>
        <translation>
            <numerusform>skrev %1 (%n sida)</numerusform>
            <numerusform>skrev %1 (%n sidor)</numerusform>
        </translation>
    </message>
    <message>
        <source>the record&apos;s lesson %1 cannot be read:</source>
        <translation>loggens lektion %1 kan inte läsas:</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>kan inte skapa %1</translation>
    </message>
    <message>
        <source>the film did not load</source>
        <translation>filmen lästes inte in</translation>
    </message>
    <message>
        <source>the film did not reach stop point %1</source>
        <translation>filmen nådde inte stopppunkt %1</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>kan inte skriva %1</translation>
    </message>
    <message numerus="yes">
        <source>wrote %n stop frames to %1</source>
        <translation>
            <numerusform>skrev %n stoppbild till %1</numerusform>
            <numerusform>skrev %n stoppbilder till %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>wrote %n steps to %1</source>
        <translation>
            <numerusform>skrev %n steg till %1</numerusform>
            <numerusform>skrev %n steg till %1</numerusform>
        </translation>
    </message>
    <message>
        <source>lesson</source>
        <translation>lektion</translation>
    </message>
    <message>
        <source>[lesson...]</source>
        <translation>[lektion ...]</translation>
    </message>
    <message>
        <source>address</source>
        <translation>adress</translation>
    </message>
    <message>
        <source>--room-address takes an IP address, like 192.168.1.20</source>
        <translation>--room-address tar en IP-adress, t.ex. 192.168.1.20</translation>
    </message>
    <message>
        <source>The address the room&apos;s phones connect to when participation is on (Ctrl+J by default). Without it, this computer&apos;s address on the local network.</source>
        <translation>Adressen som deltagarnas telefoner ansluter till när de kan svara (Ctrl+J som standard). Utan den: den här datorns adress på det lokala nätverket.</translation>
    </message>
    <message>
        <source>With --handout: print the strokes drawn in this session record (SESSION.json) on their slides.</source>
        <translation>Med --handout: skriv ut strecken som ritades i denna passlogg (SESSION.json) på sina bilder.</translation>
    </message>
    <message>
        <source>--drawings SESSION.json goes with --handout</source>
        <translation>--drawings SESSION.json hör ihop med --handout</translation>
    </message>
    <message>
        <source>%1 has no state to take the drawings from</source>
        <translation>%1 har inget tillstånd att hämta ritningarna från</translation>
    </message>
    <message>
        <source>Present it with: stoppunkt %1</source>
        <translation>Visa den med: stoppunkt %1</translation>
    </message>
    <message>
        <source>The report&apos;s PDF file, or the lesson folder an import writes.</source>
        <translation>Rapportens PDF-fil, eller lektionsmappen som en import skriver.</translation>
    </message>
    <message>
        <source>Bring a deck in as a lesson: write the lesson folder given with -o, with one page slide per page, its titles and its speaker notes. Takes a PDF (notes from a .pdfpc file beside it), a PowerPoint .pptx or an Impress .odp (pages drawn by LibreOffice).</source>
        <translation>Hämta in en presentation som lektion: skriv lektionsmappen som anges med -o, med en sidbild per sida, dess rubriker och dess anteckningar. Tar en PDF (anteckningar från en .pdfpc-fil bredvid), en PowerPoint .pptx eller en Impress .odp (sidorna ritas av LibreOffice).</translation>
    </message>
    <message>
        <source>deck</source>
        <translation>presentation</translation>
    </message>
    <message>
        <source>With --import: overwrite a lesson.json that differs from the import (the old one is kept as lesson.json.bak).</source>
        <translation>Med --import: skriv över en lesson.json som skiljer sig från importen (den gamla sparas som lesson.json.bak).</translation>
    </message>
    <message>
        <source>--import DECK needs -o FOLDER, the lesson folder to write, and nothing else</source>
        <translation>--import PRESENTATION kräver -o MAPP, lektionsmappen som ska skrivas, och inget annat</translation>
    </message>
    <message>
        <source>--replace goes with --import</source>
        <translation>--replace hör ihop med --import</translation>
    </message>
    <message>
        <source>%1 and %2 cannot be combined</source>
        <translation>%1 och %2 kan inte kombineras</translation>
    </message>
    <message>
        <source>%1 needs at least one lesson file</source>
        <translation>%1 kräver minst en lektionsfil</translation>
    </message>
    <message>
        <source>Stoppunkt</source>
        <translation>Stoppunkt</translation>
    </message>
    <message>
        <source>The lesson %1 has errors and cannot be opened:

%2</source>
        <translation>Lektionen %1 har fel och kan inte öppnas:

%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; draws nothing here</source>
        <translation>”%1” ritar ingenting här</translation>
    </message>
    <message>
        <source>cannot open lesson &quot;%1&quot;</source>
        <translation>kan inte öppna lektionen ”%1”</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a key here</source>
        <translation>”%1” är inte en tangent här</translation>
    </message>
    <message>
        <source>Accessibility: nothing found</source>
        <translation>Tillgänglighet: inget hittat</translation>
    </message>
    <message numerus="yes">
        <source>Accessibility: %n warnings</source>
        <translation>
            <numerusform>Tillgänglighet: %n varning</numerusform>
            <numerusform>Tillgänglighet: %n varningar</numerusform>
        </translation>
    </message>
    <message>
        <source>With --validate: also warn about what keeps some trainees out: a page slide with no text alternative, a film with no subtitles in the lesson&apos;s language, text drawn too small to read from the back of the room.</source>
        <translation>Med --validate: varna också för det som håller vissa kursdeltagare utanför: en sidbild utan textalternativ, en film utan undertexter på lektionens språk, text ritad för liten för att läsas från bakersta raden.</translation>
    </message>
</context>
<context>
    <name>Console</name>
    <message>
        <source>Go to slide %1: Enter</source>
        <translation>Gå till bild %1: Enter</translation>
    </message>
</context>
<context>
    <name>ConsolePanels</name>
    <message>
        <source>Right answer: no. %1</source>
        <translation>Rätt svar: nr %1</translation>
    </message>
    <message>
        <source>The question comes at the stop point.</source>
        <translation>Frågan kommer vid stopppunkten.</translation>
    </message>
    <message>
        <source>Discussing: the room sees no marks.</source>
        <translation>Diskussion: deltagarna ser inga markeringar.</translation>
    </message>
    <message numerus="yes">
        <source>Picking: %n wrong so far.</source>
        <translation>
            <numerusform>Gruppen gissar: %n fel hittills.</numerusform>
            <numerusform>Gruppen gissar: %n fel hittills.</numerusform>
        </translation>
    </message>
    <message>
        <source>Keys 1–%1 pick, %2 reveals, %3 undoes.</source>
        <translation>1–%1 väljer ett svar, %2 visar det rätta, %3 ångrar.</translation>
    </message>
    <message>
        <source>Found by picking: no. %1. Next goes on.</source>
        <translation>Gruppen hittade det: nr %1. Nästa går vidare.</translation>
    </message>
    <message>
        <source>Revealed. Next goes on.</source>
        <translation>Svaret är visat. Nästa går vidare.</translation>
    </message>
    <message>
        <source>[pick %1]</source>
        <translation>[val %1]</translation>
    </message>
    <message>
        <source>cannot play</source>
        <translation>kan inte spelas upp</translation>
    </message>
    <message>
        <source>loading…</source>
        <translation>läser in …</translation>
    </message>
    <message>
        <source>paused (%1 resumes)</source>
        <translation>pausad (%1 fortsätter)</translation>
    </message>
    <message>
        <source>playing</source>
        <translation>spelas upp</translation>
    </message>
    <message>
        <source>at the stop point</source>
        <translation>vid stopppunkten</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>slut</translation>
    </message>
    <message>
        <source>ready: Next starts the film</source>
        <translation>klar: Nästa startar filmen</translation>
    </message>
    <message>
        <source>This lesson has no film.</source>
        <translation>Den här lektionen har ingen film.</translation>
    </message>
    <message>
        <source>No film on this slide.</source>
        <translation>Ingen film på den här bilden.</translation>
    </message>
    <message>
        <source>to the end</source>
        <translation>till slutet</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 om %2</translation>
    </message>
    <message>
        <source>subtitles on (%1 hides)</source>
        <translation>undertexter på (%1 döljer)</translation>
    </message>
    <message>
        <source>subtitles off (%1 shows)</source>
        <translation>undertexter av (%1 visar)</translation>
    </message>
    <message>
        <source>NEXT LESSON  (%1 opens the one the group chose)</source>
        <translation>NÄSTA LEKTION  (%1 öppnar den som gruppen valde)</translation>
    </message>
    <message>
        <source>%1 %2 (not found)</source>
        <translation>%1 %2 (finns inte)</translation>
    </message>
    <message>
        <source>FLIP CHART  (%1 writes, click an entry to edit it)</source>
        <translation>BLÄDDERBLOCK  (%1 skriver, klicka på en punkt för att ändra den)</translation>
    </message>
    <message>
        <source>No entries yet.</source>
        <translation>Inget skrivet än.</translation>
    </message>
    <message>
        <source>Summary  —  %1 of %2 planned</source>
        <translation>Sammanfattning  —  %1 av planerat %2</translation>
    </message>
    <message>
        <source>Summary  —  %1</source>
        <translation>Sammanfattning  —  %1</translation>
    </message>
    <message>
        <source>no picks</source>
        <translation>inga val</translation>
    </message>
    <message>
        <source>picks %1</source>
        <translation>val %1</translation>
    </message>
    <message>
        <source>found in %1</source>
        <translation>hittat på %1</translation>
    </message>
    <message>
        <source>revealed after %1</source>
        <translation>visat efter %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n flip-chart entries</source>
        <translation>
            <numerusform>%1: %n punkt på blädderblocket</numerusform>
            <numerusform>%1: %n punkter på blädderblocket</numerusform>
        </translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tangenter</translation>
    </message>
    <message>
        <source>1–6 pick an option at a question. Elsewhere, type a slide number and press Enter to jump. Keys can be changed in %1.</source>
        <translation>1–6 väljer ett svar vid en fråga. Annars: skriv ett bildnummer och tryck Enter för att hoppa dit. Tangenterna kan ändras i %1.</translation>
    </message>
</context>
<context>
    <name>DeckCheck</name>
    <message>
        <source>cannot be opened</source>
        <translation>kan inte öppnas</translation>
    </message>
    <message>
        <source>is not a PDF that can be read (damaged, cut short or another kind of file)</source>
        <translation>är inte en PDF som kan läsas (skadad, avkortad eller en annan sorts fil)</translation>
    </message>
    <message>
        <source>is encrypted with a password; export it again without one</source>
        <translation>är krypterad med ett lösenord; exportera den igen utan</translation>
    </message>
    <message>
        <source>is protected in a way that cannot be opened; export it again without protection</source>
        <translation>är skyddad på ett sätt som inte kan öppnas; exportera den igen utan skydd</translation>
    </message>
    <message>
        <source>cannot be read as a PDF</source>
        <translation>kan inte läsas som PDF</translation>
    </message>
    <message>
        <source>has no pages</source>
        <translation>har inga sidor</translation>
    </message>
</context>
<context>
    <name>DeckImport</name>
    <message>
        <source>cannot make a temporary folder for LibreOffice: %1</source>
        <translation>kan inte skapa en tillfällig mapp för LibreOffice: %1</translation>
    </message>
    <message>
        <source>LibreOffice (%1) did not start: %2</source>
        <translation>LibreOffice (%1) startade inte: %2</translation>
    </message>
    <message>
        <source>LibreOffice could not convert the deck to PDF (exit code %1): %2</source>
        <translation>LibreOffice kunde inte konvertera presentationen till PDF (slutkod %1): %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>kan inte skriva %1: %2</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: filen finns inte</translation>
    </message>
    <message>
        <source>%1: the import takes a PDF (.pdf), PowerPoint (.pptx) or Impress (.odp) deck</source>
        <translation>%1: importen tar en PDF- (.pdf), PowerPoint- (.pptx) eller Impress-presentation (.odp)</translation>
    </message>
    <message>
        <source>%1: drawing the pages of a PowerPoint or Impress deck needs LibreOffice, which is not installed. Install it (sudo apt install libreoffice-impress), or save the deck as PDF and import that.</source>
        <translation>%1: för att rita sidorna i en PowerPoint- eller Impress-presentation behövs LibreOffice, som inte är installerat. Installera det (sudo apt install libreoffice-impress), eller spara presentationen som PDF och importera den.</translation>
    </message>
    <message>
        <source>Converted %1 to PDF with LibreOffice.</source>
        <translation>Konverterade %1 till PDF med LibreOffice.</translation>
    </message>
    <message>
        <source>cannot make the folder %1</source>
        <translation>kan inte skapa mappen %1</translation>
    </message>
    <message>
        <source>%1 exists and differs from what this import writes (it may hold your edits), so it was left as it is. Import into another folder, or add --replace to overwrite it (the old file is kept as lesson.json.bak).</source>
        <translation>%1 finns och skiljer sig från det importen skriver (den kan innehålla dina ändringar), så den lämnades orörd. Importera till en annan mapp, eller lägg till --replace för att skriva över den (den gamla filen sparas som lesson.json.bak).</translation>
    </message>
    <message>
        <source>cannot keep the old lesson as %1.bak; nothing was written</source>
        <translation>kan inte spara den gamla lektionen som %1.bak; inget skrevs</translation>
    </message>
    <message>
        <source>Kept the old lesson as %1.bak.</source>
        <translation>Sparade den gamla lektionen som %1.bak.</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>kan inte läsa %1: %2</translation>
    </message>
    <message>
        <source>%1 already holds this import; it was left as it is.</source>
        <translation>%1 innehåller redan denna import; den lämnades orörd.</translation>
    </message>
    <message>
        <source>the lesson written does not pass its own check (see above); please report this</source>
        <translation>den skrivna lektionen klarar inte sin egen kontroll (se ovan); rapportera det gärna</translation>
    </message>
    <message>
        <source>slide %1: its title was shortened to fit on the console</source>
        <translation>bild %1: rubriken förkortades så att den får plats på konsolen</translation>
    </message>
    <message>
        <source>slide %1: it has more notes than a slide holds; the last ones were joined into one</source>
        <translation>bild %1: den har fler anteckningar än en bild rymmer; de sista slogs ihop till en</translation>
    </message>
    <message>
        <source>is not a PowerPoint package that can be read: %1</source>
        <translation>är inte ett PowerPoint-paket som kan läsas: %1</translation>
    </message>
    <message>
        <source>has no ppt/presentation.xml: it is not a PowerPoint presentation</source>
        <translation>har ingen ppt/presentation.xml: det är inte en PowerPoint-presentation</translation>
    </message>
    <message>
        <source>is not an Impress package that can be read: %1</source>
        <translation>är inte ett Impress-paket som kan läsas: %1</translation>
    </message>
    <message>
        <source>has no content.xml: it is not an Impress presentation</source>
        <translation>har ingen content.xml: det är inte en Impress-presentation</translation>
    </message>
    <message>
        <source>cannot be read (larger than 16 MB, or not readable)</source>
        <translation>kan inte läsas (större än 16 MB eller inte läsbar)</translation>
    </message>
    <message>
        <source>Read %1, written by pdfpc before version 4.5 (its notes are by slide).</source>
        <translation>Läste %1, skriven av pdfpc före version 4.5 (anteckningarna står per bild).</translation>
    </message>
    <message>
        <source>Read %1.</source>
        <translation>Läste %1.</translation>
    </message>
    <message>
        <source>Slide %1 plays a film linked from %2, outside the deck: the slide came in as its page. Copy the film into the lesson folder and add it to the lesson to play it.</source>
        <translation>Bild %1 spelar en film som är länkad från %2, utanför presentationen: bilden kom med som sin sida. Kopiera filmen till lektionsmappen och lägg till den i lektionen för att spela den.</translation>
    </message>
    <message>
        <source>%1: the film %2 inside it cannot be copied to %3 (damaged, larger than 8 GB, or the folder cannot be written)</source>
        <translation>%1: filmen %2 i den kan inte kopieras till %3 (skadad, större än 8 GB, eller så går mappen inte att skriva i)</translation>
    </message>
    <message>
        <source>%1: the file is empty (0 bytes)</source>
        <translation>%1: filen är tom (0 byte)</translation>
    </message>
    <message>
        <source>Wrote %1: &quot;%2&quot;, language %3.</source>
        <translation>Skrev %1: ”%2”, språk %3.</translation>
    </message>
    <message>
        <source>the deck shows %1 slides but LibreOffice&apos;s PDF of it has %2 pages, so the notes cannot be put on their own slides; nothing was imported</source>
        <translation>presentationen visar %1 bilder, men LibreOffices PDF av den har %2 sidor, så anteckningarna kan inte sättas på sina egna bilder; inget importerades</translation>
    </message>
    <message numerus="yes">
        <source>Slides: %n.</source>
        <translation>
            <numerusform>Bilder: %n.</numerusform>
            <numerusform>Bilder: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Notes: on %n slides.</source>
        <translation>
            <numerusform>Anteckningar: på %n bild.</numerusform>
            <numerusform>Anteckningar: på %n bilder.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n notes were written on a build step&apos;s page; the console shows them at that step.</source>
        <translation>
            <numerusform>%n anteckning skrevs på ett stegs sida; konsolen visar den vid det steget.</numerusform>
            <numerusform>%n anteckningar skrevs på ett stegs sida; konsolen visar dem vid det steget.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Time plan: %n minutes, as pdfpc planned the talk.</source>
        <translation>
            <numerusform>Tidsplan: %n minut, som pdfpc planerade föredraget.</numerusform>
            <numerusform>Tidsplan: %n minuter, som pdfpc planerade föredraget.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Time plan: the rehearsed timings of %n slides.</source>
        <translation>
            <numerusform>Tidsplan: de inövade tiderna för %n bild.</numerusform>
            <numerusform>Tidsplan: de inövade tiderna för %n bilder.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out: %n hidden slides (hidden in the deck, so its PDF has no pages for them).</source>
        <translation>
            <numerusform>Utelämnad: %n dold bild (dold i presentationen, så dess PDF har ingen sida för den).</numerusform>
            <numerusform>Utelämnade: %n dolda bilder (dolda i presentationen, så dess PDF har inga sidor för dem).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out: %n pages that pdfpc hides.</source>
        <translation>
            <numerusform>Utelämnad: %n sida som pdfpc döljer.</numerusform>
            <numerusform>Utelämnade: %n sidor som pdfpc döljer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>has no slides to show: all %n of its slides are hidden</source>
        <translation>
            <numerusform>har inga bilder att visa: dess enda bild är dold</numerusform>
            <numerusform>har inga bilder att visa: alla %n bilder är dolda</numerusform>
        </translation>
    </message>
    <message>
        <source>has no slides: there is nothing to import</source>
        <translation>har inga bilder: det finns inget att importera</translation>
    </message>
    <message>
        <source>is not a pdfpc notes file: pdfpc writes JSON with a &quot;pages&quot; array, or (before pdfpc 4.5) a [notes] section</source>
        <translation>är inte en pdfpc-anteckningsfil: pdfpc skriver JSON med en &quot;pages&quot;-lista eller (före pdfpc 4.5) en [notes]-sektion</translation>
    </message>
    <message>
        <source>it is not a zip package, as PowerPoint and Impress files are (another kind of file with this ending, or cut short)</source>
        <translation>den är inte ett zip-paket, som PowerPoint- och Impress-filer är (en annan sorts fil med den här ändelsen, eller avkortad)</translation>
    </message>
    <message>
        <source>the file is not there</source>
        <translation>filen finns inte</translation>
    </message>
    <message>
        <source>the file cannot be read (check that you may read it)</source>
        <translation>filen kan inte läsas (kontrollera att du får läsa den)</translation>
    </message>
    <message>
        <source>the package is damaged (save it again from PowerPoint or Impress)</source>
        <translation>paketet är skadat (spara det igen från PowerPoint eller Impress)</translation>
    </message>
    <message>
        <source>it is encrypted; save it again without a password</source>
        <translation>den är krypterad; spara den igen utan lösenord</translation>
    </message>
    <message>
        <source>there is not enough memory to open it</source>
        <translation>det finns inte tillräckligt med minne för att öppna den</translation>
    </message>
    <message>
        <source>it cannot be opened as a zip package (error %1)</source>
        <translation>den kan inte öppnas som zip-paket (fel %1)</translation>
    </message>
    <message numerus="yes">
        <source>Build steps: %n slides step through their pages (%1 steps in all).</source>
        <translation>
            <numerusform>Steg: %n bild stegar genom sina sidor (%1 steg totalt).</numerusform>
            <numerusform>Steg: %n bilder stegar genom sina sidor (%1 steg totalt).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Films: %n packed in the deck, copied beside the lesson (%1). Set their stops with the stop editor.</source>
        <translation>
            <numerusform>Filmer: %n packad i presentationen, kopierad bredvid lektionen (%1). Sätt dess stopp med stoppunktsredigeraren.</numerusform>
            <numerusform>Filmer: %n packade i presentationen, kopierade bredvid lektionen (%1). Sätt deras stopp med stoppunktsredigeraren.</numerusform>
        </translation>
    </message>
    <message>
        <source>slide %1: its words are too many for a text alternative; write its &quot;description&quot; yourself</source>
        <translation>bild %1: dess ord är för många för ett textalternativ; skriv själv dess &quot;description&quot;</translation>
    </message>
</context>
<context>
    <name>FilmProbe</name>
    <message>
        <source>the video library could not start</source>
        <translation>videobiblioteket kunde inte starta</translation>
    </message>
    <message>
        <source>is a playlist or a reference to other files, not a video file</source>
        <translation>är en spellista eller en hänvisning till andra filer, inte en videofil</translation>
    </message>
    <message>
        <source>is not a video file that can be played (%1)</source>
        <translation>är inte en videofil som kan spelas upp (%1)</translation>
    </message>
    <message>
        <source>is a playlist or a reference to other files (%1), not a video file</source>
        <translation>är en spellista eller en hänvisning till andra filer (%1), inte en videofil</translation>
    </message>
    <message>
        <source>has no video in it</source>
        <translation>innehåller ingen video</translation>
    </message>
    <message>
        <source>is a picture, not a film</source>
        <translation>är en bild, inte en film</translation>
    </message>
    <message>
        <source>could not be read within %1 s</source>
        <translation>kunde inte läsas inom %1 s</translation>
    </message>
</context>
<context>
    <name>HandStatus</name>
    <message>
        <source>red</source>
        <translation>röd</translation>
    </message>
    <message>
        <source>blue</source>
        <translation>blå</translation>
    </message>
    <message>
        <source>green</source>
        <translation>grön</translation>
    </message>
    <message>
        <source>black</source>
        <translation>svart</translation>
    </message>
    <message>
        <source>thin</source>
        <translation>tunn</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>mellan</translation>
    </message>
    <message>
        <source>thick</source>
        <translation>tjock</translation>
    </message>
    <message>
        <source>Pen, %1 and %2: draw on the slide (%3 colour, %4 width, %5 puts it away)</source>
        <translation>Penna, %1 och %2: rita på bilden (%3 färg, %4 bredd, %5 lägger undan den)</translation>
    </message>
    <message>
        <source>Highlighter: mark the slide (%1 puts it away)</source>
        <translation>Överstrykningspenna: markera på bilden (%1 lägger undan den)</translation>
    </message>
    <message numerus="yes">
        <source>Eraser: %n strokes on this slide (%1 undoes, %2 puts it away)</source>
        <translation>
            <numerusform>Suddgummi: %n streck på bilden (%1 ångrar, %2 lägger undan det)</numerusform>
            <numerusform>Suddgummi: %n streck på bilden (%1 ångrar, %2 lägger undan det)</numerusform>
        </translation>
    </message>
    <message>
        <source>Zoomed %1×: drag to move, the wheel zooms (%2 shows the whole slide)</source>
        <translation>Zoomad %1×: dra för att flytta, hjulet zoomar (%2 visar hela bilden)</translation>
    </message>
</context>
<context>
    <name>KeyBindings</name>
    <message>
        <source>no key</source>
        <translation>ingen tangent</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 eller %2</translation>
    </message>
    <message>
        <source>%1: cannot read the file</source>
        <translation>%1: filen kan inte läsas</translation>
    </message>
    <message>
        <source>%1: not a JSON object (%2 at byte %3); default keys are used</source>
        <translation>%1: inte ett JSON-objekt (%2 vid byte %3); standardtangenterna används</translation>
    </message>
    <message>
        <source>%1: unknown action &quot;%2&quot;</source>
        <translation>%1: okänd åtgärd ”%2”</translation>
    </message>
    <message>
        <source>; did you mean &quot;%1&quot;?</source>
        <translation>; menade du ”%1”?</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be a list of keys, like [&quot;Right&quot;, &quot;Space&quot;]</source>
        <translation>%1: ”%2” måste vara en lista med tangenter, t.ex. [&quot;Right&quot;, &quot;Space&quot;]</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot;: &quot;%3&quot; is not a key</source>
        <translation>%1: ”%2”: ”%3” är inte en tangent</translation>
    </message>
</context>
<context>
    <name>LessonCheck</name>
    <message>
        <source>%1 must be a string, or an array of strings (one per line), found %2</source>
        <translation>%1 måste vara en text eller en array av texter (en per rad), men är %2</translation>
    </message>
    <message>
        <source>line %1 of %2 must be a non-empty string</source>
        <translation>rad %1 i %2 måste vara en text som inte är tom</translation>
    </message>
    <message>
        <source>an axis</source>
        <translation>en axel</translation>
    </message>
    <message>
        <source>%1 must be &quot;low&quot; or &quot;high&quot;, found %2</source>
        <translation>%1 måste vara &quot;low&quot; eller &quot;high&quot;, men är %2</translation>
    </message>
    <message>
        <source>a table has at most 6 columns; this one has %1</source>
        <translation>en tabell har högst 6 kolumner; den här har %1</translation>
    </message>
    <message>
        <source>a table needs at least one row</source>
        <translation>en tabell måste ha minst en rad</translation>
    </message>
    <message>
        <source>a table has at most %1 rows, so the room can read them; this one has %2</source>
        <translation>en tabell har högst %1 rader, så att deltagarna kan läsa dem; den här har %2</translation>
    </message>
    <message>
        <source>row %1 must be an array of cells, found %2</source>
        <translation>rad %1 måste vara en array av celler, men är %2</translation>
    </message>
    <message numerus="yes">
        <source>row %1 has %n cells, but the table has %2</source>
        <translation>
            <numerusform>rad %1 har %n cell, men tabellen har %2</numerusform>
            <numerusform>rad %1 har %n celler, men tabellen har %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n columns</source>
        <translation>
            <numerusform>%n kolumn</numerusform>
            <numerusform>%n kolumner</numerusform>
        </translation>
    </message>
    <message>
        <source>cell %1 of row %2</source>
        <translation>cell %1 i rad %2</translation>
    </message>
    <message>
        <source>a 2×2 matrix has exactly 4 quadrants; this one has %1</source>
        <translation>en 2×2-matris har exakt 4 fält; den här har %1</translation>
    </message>
    <message>
        <source>quadrant %1</source>
        <translation>fält %1</translation>
    </message>
    <message>
        <source>a quadrant</source>
        <translation>ett fält</translation>
    </message>
    <message>
        <source>quadrant %1 is at x %2, y %3, where %4 already is</source>
        <translation>fält %1 ligger på x %2, y %3, där %4 redan ligger</translation>
    </message>
    <message>
        <source>a chart has 1 to 4 series; this one has %1</source>
        <translation>ett diagram har 1 till 4 serier; det här har %1</translation>
    </message>
    <message>
        <source>&quot;max&quot; must be above 0 and at most 1000000000</source>
        <translation>&quot;max&quot; måste vara över 0 och högst 1000000000</translation>
    </message>
    <message>
        <source>a chart has 1 to 12 categories; this one has %1</source>
        <translation>ett diagram har 1 till 12 kategorier; det här har %1</translation>
    </message>
    <message>
        <source>category %1</source>
        <translation>kategori %1</translation>
    </message>
    <message>
        <source>a category</source>
        <translation>en kategori</translation>
    </message>
    <message numerus="yes">
        <source>category %1 has %n values, but the chart has %2 series (one value per series)</source>
        <translation>
            <numerusform>kategori %1 har %n värde, men diagrammet har %2 serier (ett värde per serie)</numerusform>
            <numerusform>kategori %1 har %n värden, men diagrammet har %2 serier (ett värde per serie)</numerusform>
        </translation>
    </message>
    <message>
        <source>value %1 must be a number, found %2</source>
        <translation>värde %1 måste vara ett tal, men är %2</translation>
    </message>
    <message>
        <source>value %1 (%2) is negative; bars start at 0</source>
        <translation>värde %1 (%2) är negativt; staplarna börjar vid 0</translation>
    </message>
    <message>
        <source>value %1 (%2) is above 1000000000; give the values in a larger unit</source>
        <translation>värde %1 (%2) är över 1000000000; ange värdena i en större enhet</translation>
    </message>
    <message>
        <source>value %1 (%2) is above &quot;max&quot; (%3)</source>
        <translation>värde %1 (%2) är över &quot;max&quot; (%3)</translation>
    </message>
    <message>
        <source>&quot;at&quot; must be between 0 and 24 hours, in seconds</source>
        <translation>&quot;at&quot; måste vara mellan 0 och 24 timmar, i sekunder</translation>
    </message>
    <message>
        <source>&quot;at&quot; %1 is more than 24 hours into the film; no film is that long</source>
        <translation>&quot;at&quot; %1 är mer än 24 timmar in i filmen; ingen film är så lång</translation>
    </message>
    <message>
        <source>&quot;at&quot; %1 is not a time; write &quot;mm:ss.fff&quot; (&quot;01:23.480&quot;) or seconds (83.48)</source>
        <translation>&quot;at&quot; %1 är ingen tidpunkt; skriv &quot;mm:ss.fff&quot; (&quot;01:23.480&quot;) eller sekunder (83.48)</translation>
    </message>
    <message>
        <source>&quot;at&quot; must be a time string (&quot;mm:ss.fff&quot;) or a number of seconds, found %1</source>
        <translation>&quot;at&quot; måste vara en tidpunkt som text (&quot;mm:ss.fff&quot;) eller ett antal sekunder, men är %1</translation>
    </message>
    <message>
        <source>a film has at most %1 stop points, so the room can read them; this one has %2</source>
        <translation>en film har högst %1 stopppunkter, så att deltagarna kan hänga med; den här har %2</translation>
    </message>
    <message>
        <source>stop point %1</source>
        <translation>stopppunkt %1</translation>
    </message>
    <message>
        <source>a stop point</source>
        <translation>en stopppunkt</translation>
    </message>
    <message>
        <source>duplicate stop point id %1 in film %2; stop point ids must be unique</source>
        <translation>stopppunkts-id %1 finns två gånger i film %2; en stopppunkts id måste vara unikt</translation>
    </message>
    <message>
        <source>stop point %1 at %2 has the same time as stop point %3</source>
        <translation>stopppunkt %1 vid %2 har samma tid som stopppunkt %3</translation>
    </message>
    <message>
        <source>stop point %1 at %2 comes before the previous stop point %3 at %4; list stop points in time order</source>
        <translation>stopppunkt %1 vid %2 kommer före den föregående stopppunkten %3 vid %4; skriv stopppunkterna i tidsordning</translation>
    </message>
    <message>
        <source>the lesson</source>
        <translation>lektionen</translation>
    </message>
    <message>
        <source>film %1</source>
        <translation>film %1</translation>
    </message>
    <message>
        <source>a film</source>
        <translation>en film</translation>
    </message>
    <message>
        <source>duplicate film id %1; film ids must be unique</source>
        <translation>film-id %1 finns två gånger; en films id måste vara unikt</translation>
    </message>
    <message>
        <source>&quot;fps&quot; must be between 1 and 240 frames a second (films have 23.976 to 60)</source>
        <translation>&quot;fps&quot; måste vara mellan 1 och 240 bildrutor per sekund (filmer har 23,976 till 60)</translation>
    </message>
    <message>
        <source> or </source>
        <translation> eller </translation>
    </message>
    <message>
        <source>%1 contains a NUL character</source>
        <translation>%1 innehåller ett NUL-tecken</translation>
    </message>
    <message>
        <source>%1 is a URL or protocol (%2); films must be files in the lesson&apos;s folder or the project&apos;s media folder</source>
        <translation>%1 är en URL eller ett protokoll (%2); filmer måste vara filer i lektionens mapp eller projektets mediemapp</translation>
    </message>
    <message>
        <source>%1 is an absolute path; write it relative to the lesson file</source>
        <translation>%1 är en absolut sökväg; skriv den relativt till lektionsfilen</translation>
    </message>
    <message>
        <source>%1 leaves the allowed folders (%2)</source>
        <translation>%1 går utanför de tillåtna mapparna (%2)</translation>
    </message>
    <message>
        <source>%1 was not found at %2</source>
        <translation>%1 hittades inte på %2</translation>
    </message>
    <message>
        <source>%1 is a link that leads outside the allowed folders (%2)</source>
        <translation>%1 är en länk som leder utanför de tillåtna mapparna (%2)</translation>
    </message>
    <message>
        <source>%1 is not a regular file</source>
        <translation>%1 är inte en vanlig fil</translation>
    </message>
    <message>
        <source>subtitles %1</source>
        <translation>undertexterna %1</translation>
    </message>
    <message>
        <source>%1 must be an SRT (.srt) or WebVTT (.vtt) file</source>
        <translation>%1 måste vara en SRT-fil (.srt) eller WebVTT-fil (.vtt)</translation>
    </message>
    <message>
        <source>%1; until it exists the film shows without them</source>
        <translation>%1; tills den finns visas filmen utan dem</translation>
    </message>
    <message>
        <source>%1 is larger than 4 MB; a film&apos;s subtitles are far smaller</source>
        <translation>%1 är större än 4 MB; en films undertexter är mycket mindre</translation>
    </message>
    <message>
        <source>%1 line %2: %3</source>
        <translation>%1, rad %2: %3</translation>
    </message>
    <message>
        <source>film source %1</source>
        <translation>filmkällan %1</translation>
    </message>
    <message>
        <source>%1; until it exists the projector shows a card instead of the film</source>
        <translation>%1; tills den finns visar projektorn ett kort i stället för filmen</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>stop point %1 at %2 is after the end of the film, which runs %3</source>
        <translation>stopppunkt %1 vid %2 ligger efter filmens slut; filmen är %3 lång</translation>
    </message>
    <message>
        <source>refers to film %1, but the lesson has no film with that id; add it under &quot;films&quot;</source>
        <translation>hänvisar till film %1, men lektionen har ingen film med det id:t; lägg till den under &quot;films&quot;</translation>
    </message>
    <message>
        <source>refers to film %1, but the lesson has no film with that id; did you mean %2?</source>
        <translation>hänvisar till film %1, men lektionen har ingen film med det id:t; menade du %2?</translation>
    </message>
    <message>
        <source>refers to film %1, but the lesson has no film with that id; its films are %2</source>
        <translation>hänvisar till film %1, men lektionen har ingen film med det id:t; dess filmer är %2</translation>
    </message>
    <message>
        <source>refers to stop point %1, but film %2 has no stop points</source>
        <translation>hänvisar till stopppunkt %1, men film %2 har inga stopppunkter</translation>
    </message>
    <message>
        <source>refers to stop point %1, but film %2 has no such stop point; did you mean %3?</source>
        <translation>hänvisar till stopppunkt %1, men film %2 har inte den stopppunkten; menade du %3?</translation>
    </message>
    <message>
        <source>refers to stop point %1, but film %2 has only %3</source>
        <translation>hänvisar till stopppunkt %1, men film %2 har bara %3</translation>
    </message>
    <message>
        <source>slide id %1 is already the id of slide %2; slide ids must be unique</source>
        <translation>bild-id %1 är redan id för bild %2; en bilds id måste vara unikt</translation>
    </message>
    <message>
        <source>stop point %1 is already asked about on slide %2</source>
        <translation>stopppunkt %1 frågas det redan om på bild %2</translation>
    </message>
    <message>
        <source>the segment ends at stop point %1, which is not after where it starts, %2</source>
        <translation>klippet slutar vid stopppunkt %1, som inte ligger efter där det börjar, %2</translation>
    </message>
    <message>
        <source>no question is asked at stop point %1 (%2)</source>
        <translation>ingen fråga ställs vid stopppunkt %1 (%2)</translation>
    </message>
    <message>
        <source>lesson id %1 must be a folder name of lowercase letters, digits and &apos;-&apos;, such as &quot;kundetyper&quot;</source>
        <translation>lektions-id %1 måste vara ett mappnamn av små bokstäver, siffror och &apos;-&apos;, t.ex. &quot;kundetyper&quot;</translation>
    </message>
    <message>
        <source>lesson %1 links to a file outside the lessons folder (%2); a linked lesson must be a real lesson.json beside this one</source>
        <translation>lektion %1 länkar till en fil utanför lektionsmappen (%2); en länkad lektion måste vara en riktig lesson.json bredvid den här</translation>
    </message>
    <message>
        <source>lesson %1 is not found: there is no ../%2/lesson.json beside this lesson&apos;s folder</source>
        <translation>lektion %1 finns inte: det finns ingen ../%2/lesson.json bredvid den här lektionens mapp</translation>
    </message>
    <message>
        <source>this text is %1 characters long; at most %2 fit here (put more in the notes or the handout)</source>
        <translation>den här texten är %1 tecken lång; här får högst %2 plats (lägg resten i anteckningarna eller häftet)</translation>
    </message>
    <message>
        <source>this text stacks %1 combining marks on one letter; at most %2 are allowed, so they stay on their line</source>
        <translation>den här texten staplar %1 kombinerande tecken på en bokstav; högst %2 är tillåtna, så att de stannar på sin rad</translation>
    </message>
    <message>
        <source>JSON syntax error: %1</source>
        <translation>JSON-syntaxfel: %1</translation>
    </message>
    <message>
        <source>the number %1 is too large; numbers must stay within ±1.7e308</source>
        <translation>talet %1 är för stort; tal måste ligga inom ±1.7e308</translation>
    </message>
    <message>
        <source>duplicate key; an object may name each key once, and the later value would silently replace the earlier one</source>
        <translation>nyckeln finns två gånger; ett objekt får bara nämna varje nyckel en gång, annars skulle det senare värdet i tysthet ersätta det första</translation>
    </message>
    <message>
        <source>nesting is deeper than %1 levels; a lesson never needs that many</source>
        <translation>nästlingen är djupare än %1 nivåer; en lektion behöver aldrig så många</translation>
    </message>
    <message>
        <source>unsupported format version %1; this version of Stoppunkt reads format 1</source>
        <translation>formatversion %1 stöds inte; den här versionen av Stoppunkt läser format 1</translation>
    </message>
    <message>
        <source>id %1 must be lowercase letters, digits and single hyphens, like &quot;konflikter-med-kunder&quot;</source>
        <translation>id %1 måste bestå av små bokstäver, siffror och enstaka bindestreck, t.ex. &quot;konflikter-med-kunder&quot;</translation>
    </message>
    <message>
        <source>language %1 is not a BCP 47 tag such as &quot;da&quot;, &quot;nb&quot; or &quot;sv-SE&quot;</source>
        <translation>språket %1 är ingen BCP 47-språktagg som &quot;da&quot;, &quot;nb&quot; eller &quot;sv-SE&quot;</translation>
    </message>
    <message>
        <source>the file is empty; a lesson is a JSON object: { &quot;format&quot;: 1, … }</source>
        <translation>filen är tom; en lektion är ett JSON-objekt: { &quot;format&quot;: 1, … }</translation>
    </message>
    <message>
        <source>JSON syntax error: JSON allows no comments; put notes for authors in &quot;notes&quot;, or remove the comment</source>
        <translation>JSON-syntaxfel: JSON tillåter inga kommentarer; skriv anteckningar till författare i &quot;notes&quot;, eller ta bort kommentaren</translation>
    </message>
    <message>
        <source>JSON syntax error: a comma before &apos;%1&apos;; JSON allows no comma after the last item</source>
        <translation>JSON-syntaxfel: ett kommatecken före &apos;%1&apos;; JSON tillåter inget kommatecken efter det sista elementet</translation>
    </message>
    <message>
        <source>the lesson cannot be read: %1</source>
        <translation>lektionen kan inte läsas: %1</translation>
    </message>
    <message>
        <source>cannot open the lesson: no such file</source>
        <translation>kan inte öppna lektionen: filen finns inte</translation>
    </message>
    <message>
        <source>cannot open the lesson: not a regular file</source>
        <translation>kan inte öppna lektionen: inte en vanlig fil</translation>
    </message>
    <message>
        <source>cannot read the lesson: %1</source>
        <translation>kan inte läsa lektionen: %1</translation>
    </message>
    <message>
        <source>the lesson file is %1 bytes; lessons are limited to %2 bytes (put films and pictures in their own files)</source>
        <translation>lektionsfilen är %1 byte; lektioner får vara högst %2 byte (lägg filmer och bilder i egna filer)</translation>
    </message>
    <message>
        <source>the lesson file is %1; lessons are limited to %2 (put films and pictures in their own files)</source>
        <translation>lektionsfilen är %1; lektioner får vara högst %2 (lägg filmer och bilder i egna filer)</translation>
    </message>
    <message>
        <source>cannot read the lesson: permission denied or unreadable</source>
        <translation>kan inte läsa lektionen: åtkomst nekad eller oläslig</translation>
    </message>
    <message>
        <source>%1 must be an object, found %2</source>
        <translation>%1 måste vara ett objekt, men är %2</translation>
    </message>
    <message>
        <source>unknown key %1 in %2; did you mean %3?</source>
        <translation>okänd nyckel %1 i %2; menade du %3?</translation>
    </message>
    <message>
        <source>unknown key %1 in %2; allowed keys are %3</source>
        <translation>okänd nyckel %1 i %2; de tillåtna nycklarna är %3</translation>
    </message>
    <message>
        <source>missing required key %1 (%2) in %3</source>
        <translation>den obligatoriska nyckeln %1 (%2) saknas i %3</translation>
    </message>
    <message>
        <source>%1 must be %2, found %3</source>
        <translation>%1 måste vara %2, men är %3</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>en text</translation>
    </message>
    <message>
        <source>%1 must not be empty</source>
        <translation>%1 får inte vara tom</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>ett heltal</translation>
    </message>
    <message>
        <source>%1 is %2, which is far too large for a whole number here</source>
        <translation>%1 är %2, vilket är alldeles för stort för ett heltal här</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>ett tal</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true eller false</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>en array</translation>
    </message>
    <message>
        <source>a value</source>
        <translation>ett värde</translation>
    </message>
    <message>
        <source>%1 must have at least one item</source>
        <translation>%1 måste ha minst ett element</translation>
    </message>
    <message>
        <source>item %1 of %2 must be a string, found %3</source>
        <translation>element %1 i %2 måste vara en text, men är %3</translation>
    </message>
    <message>
        <source>item %1 of %2 must not be empty</source>
        <translation>element %1 i %2 får inte vara tomt</translation>
    </message>
    <message numerus="yes">
        <source>%n more problems are not listed; fix the first %1 and check again</source>
        <translation>
            <numerusform>%n problem till visas inte; rätta de första %1 och kontrollera igen</numerusform>
            <numerusform>%n problem till visas inte; rätta de första %1 och kontrollera igen</numerusform>
        </translation>
    </message>
    <message>
        <source>and</source>
        <translation>och</translation>
    </message>
    <message>
        <source>or</source>
        <translation>eller</translation>
    </message>
    <message>
        <source>a slide has at most %1 notes, so the room can read them; this one has %2</source>
        <translation>en bild har högst %1 anteckningar, så att de kan läsas; den här har %2</translation>
    </message>
    <message>
        <source>note %1</source>
        <translation>anteckning %1</translation>
    </message>
    <message>
        <source>a note</source>
        <translation>en anteckning</translation>
    </message>
    <message>
        <source>unknown note kind %1; did you mean %2?</source>
        <translation>okänd anteckningstyp %1; menade du %2?</translation>
    </message>
    <message>
        <source>unknown note kind %1; use %2</source>
        <translation>okänd anteckningstyp %1; använd %2</translation>
    </message>
    <message>
        <source>a staircase needs at least 2 steps</source>
        <translation>en trappa måste ha minst 2 steg</translation>
    </message>
    <message>
        <source>a staircase has at most %1 steps, so the room can read them; this one has %2</source>
        <translation>en trappa har högst %1 steg, så att deltagarna kan läsa dem; den här har %2</translation>
    </message>
    <message>
        <source>step %1</source>
        <translation>steg %1</translation>
    </message>
    <message>
        <source>a staircase step</source>
        <translation>ett steg i trappan</translation>
    </message>
    <message>
        <source>&quot;number&quot; must be a whole number from 0 to 99, or up to 3 characters such as &quot;5a&quot;</source>
        <translation>&quot;number&quot; måste vara ett heltal från 0 till 99 eller högst 3 tecken, t.ex. &quot;5a&quot;</translation>
    </message>
    <message>
        <source>a question has 2 to 6 options; this one has %1</source>
        <translation>en fråga har 2 till 6 svarsalternativ; den här har %1</translation>
    </message>
    <message>
        <source>option %1 must not be empty</source>
        <translation>svarsalternativ %1 får inte vara tomt</translation>
    </message>
    <message>
        <source>option %1 must be a string, or an object with &quot;text&quot;, found %2</source>
        <translation>svarsalternativ %1 måste vara en text eller ett objekt med &quot;text&quot;, men är %2</translation>
    </message>
    <message>
        <source>option %1</source>
        <translation>svarsalternativ %1</translation>
    </message>
    <message>
        <source>an option</source>
        <translation>ett svarsalternativ</translation>
    </message>
    <message>
        <source>an option has at most %1 talking points, so the room can read them; this one has %2</source>
        <translation>ett svarsalternativ har högst %1 diskussionspunkter; det här har %2</translation>
    </message>
    <message>
        <source>answer %1 is out of range: this question has %2 options, numbered 1 to %3</source>
        <translation>svar %1 finns inte: frågan har %2 svarsalternativ, numrerade 1 till %3</translation>
    </message>
    <message>
        <source>slide %1</source>
        <translation>bild %1</translation>
    </message>
    <message>
        <source>unknown slide kind %1; did you mean %2?</source>
        <translation>okänd bildtyp %1; menade du %2?</translation>
    </message>
    <message>
        <source>unknown slide kind %1; the kinds are %2</source>
        <translation>okänd bildtyp %1; typerna är %2</translation>
    </message>
    <message>
        <source>a %1 slide</source>
        <translation>en %1-bild</translation>
    </message>
    <message>
        <source>slide id %1 must be lowercase letters, digits and single hyphens, like &quot;film-2&quot;</source>
        <translation>bild-id %1 måste bestå av små bokstäver, siffror och enstaka bindestreck, t.ex. &quot;film-2&quot;</translation>
    </message>
    <message>
        <source>a summary offers at most 6 lessons, so their cards stay readable; this one has %1</source>
        <translation>en sammanfattning erbjuder högst 6 lektioner, så att deras kort går att läsa; den här har %1</translation>
    </message>
    <message>
        <source>a slide shows at most %1 bullets, so the room can read them; this one has %2</source>
        <translation>en bild visar högst %1 punkter, så att deltagarna kan läsa dem; den här har %2</translation>
    </message>
    <message>
        <source>&quot;build&quot; has no effect on this %1 slide</source>
        <translation>&quot;build&quot; har ingen verkan på den här %1-bilden</translation>
    </message>
    <message>
        <source>a lesson needs at least one slide</source>
        <translation>en lektion måste ha minst en bild</translation>
    </message>
    <message>
        <source>expected a time line such as %1</source>
        <translation>förväntade en tidsrad som %1</translation>
    </message>
    <message>
        <source>the time after &quot;--&gt;&quot; is not a time</source>
        <translation>tiden efter &quot;--&gt;&quot; är ingen tidpunkt</translation>
    </message>
    <message>
        <source>the cue ends before it starts</source>
        <translation>repliken slutar innan den börjar</translation>
    </message>
    <message>
        <source>a WebVTT file begins with &quot;WEBVTT&quot;</source>
        <translation>en WebVTT-fil börjar med &quot;WEBVTT&quot;</translation>
    </message>
    <message>
        <source>expected a cue number, found %1</source>
        <translation>förväntade ett repliknummer, men hittade %1</translation>
    </message>
    <message>
        <source>the cue has no text</source>
        <translation>repliken har ingen text</translation>
    </message>
    <message>
        <source>the file has no cues</source>
        <translation>filen har inga repliker</translation>
    </message>
    <message>
        <source>a film has at most %1 subtitle files; this one has %2</source>
        <translation>en film har högst %1 undertextfiler; den här har %2</translation>
    </message>
    <message>
        <source>the subtitles</source>
        <translation>undertexterna</translation>
    </message>
    <message>
        <source>the subtitles&apos; language %1 is not a BCP 47 tag such as &quot;da&quot;, &quot;nb&quot; or &quot;sv-SE&quot;</source>
        <translation>undertexternas språk %1 är ingen BCP 47-språktagg som &quot;da&quot;, &quot;nb&quot; eller &quot;sv-SE&quot;</translation>
    </message>
    <message>
        <source>the film already has subtitles in %1; give one file per language</source>
        <translation>filmen har redan undertexter på %1; ange en fil per språk</translation>
    </message>
    <message>
        <source>only one language of subtitles can be shown from the start</source>
        <translation>bara ett språk med undertexter kan visas från början</translation>
    </message>
    <message>
        <source>slides %1-%2</source>
        <translation>bild %1-%2</translation>
    </message>
    <message>
        <source>the section plans %1 minutes, but its %2 plan %3 of their own; the slides&apos; minutes count</source>
        <translation>avsnittet planerar %1 minuter, men dess %2 planerar själva %3; bildernas minuter gäller</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the planned time in minutes: more than 0 and at most %2 (0.5 is half a minute)</source>
        <translation>&quot;%1&quot; är den planerade tiden i minuter: mer än 0 och högst %2 (0,5 är en halv minut)</translation>
    </message>
    <message>
        <source>the section</source>
        <translation>avsnittet</translation>
    </message>
    <message>
        <source>a section</source>
        <translation>ett avsnitt</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>object</source>
        <translation>ett objekt</translation>
    </message>
    <message>
        <source>array</source>
        <translation>en array</translation>
    </message>
    <message>
        <source>string</source>
        <translation>en text</translation>
    </message>
    <message>
        <source>boolean</source>
        <translation>ett sanningsvärde</translation>
    </message>
    <message>
        <source>integer</source>
        <translation>ett heltal</translation>
    </message>
    <message>
        <source>number</source>
        <translation>ett tal</translation>
    </message>
    <message>
        <source>value</source>
        <translation>ett värde</translation>
    </message>
    <message>
        <source>deck %1</source>
        <translation>presentationen %1</translation>
    </message>
    <message>
        <source>%1 must be a PDF file (.pdf); bring a PowerPoint or Impress deck in with stoppunkt --import</source>
        <translation>%1 måste vara en PDF-fil (.pdf); hämta in en PowerPoint- eller Impress-presentation med stoppunkt --import</translation>
    </message>
    <message>
        <source>%1 is larger than 512 MB; export the deck again with smaller pictures</source>
        <translation>%1 är större än 512 MB; exportera presentationen igen med mindre bilder</translation>
    </message>
    <message>
        <source>%1; until then the projector shows a card instead of the page</source>
        <translation>%1; tills dess visar projektorn ett kort i stället för sidan</translation>
    </message>
    <message numerus="yes">
        <source>page %1 is not in deck %2, which has %n pages</source>
        <translation>
            <numerusform>sida %1 finns inte i presentationen %2, som har %n sida</numerusform>
            <numerusform>sida %1 finns inte i presentationen %2, som har %n sidor</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is %2; pages are numbered from 1 (the deck&apos;s first page) to at most %3</source>
        <translation>%1 är %2; sidorna numreras från 1 (presentationens första sida) till högst %3</translation>
    </message>
    <message>
        <source>&quot;lastPage&quot; is %1, before &quot;page&quot; %2; Next steps from &quot;page&quot; forward to &quot;lastPage&quot;</source>
        <translation>&quot;lastPage&quot; är %1, före &quot;page&quot; %2; Nästa går från &quot;page&quot; fram till &quot;lastPage&quot;</translation>
    </message>
    <message>
        <source>one slide steps through at most %1 pages after its first; this one steps through %2 (make more slides)</source>
        <translation>en bild stegar högst %1 sidor fram efter sin första; den här stegar %2 (gör fler bilder)</translation>
    </message>
    <message>
        <source>the backdrop</source>
        <translation>bakgrunden</translation>
    </message>
    <message>
        <source>a backdrop</source>
        <translation>en bakgrund</translation>
    </message>
    <message>
        <source>&quot;step&quot; is %1; a slide&apos;s states are numbered from 1 (as it opens) to at most %2</source>
        <translation>&quot;step&quot; är %1; en bilds steg numreras från 1 (när den öppnas) till högst %2</translation>
    </message>
    <message>
        <source>note %1 belongs to step %2, but this slide shows %3 (its build&apos;s steps and the slide as it opens)</source>
        <translation>anteckning %1 hör till steg %2, men den här bilden visar %3 (stegen och bilden när den öppnas)</translation>
    </message>
    <message>
        <source>a &apos;:&apos; is missing between a key and its value before %1</source>
        <translation>ett &apos;:&apos; saknas mellan en nyckel och dess värde före %1</translation>
    </message>
    <message>
        <source>a key in double quotes should come before %1 (and a decimal number takes a point, as in 0.5, not a comma)</source>
        <translation>en nyckel inom dubbla citattecken ska stå före %1 (och ett decimaltal skrivs med punkt, som 0.5, inte med komma)</translation>
    </message>
    <message>
        <source>a comma is missing before %1 (between two keys of an object)</source>
        <translation>ett kommatecken saknas före %1 (mellan två nycklar i ett objekt)</translation>
    </message>
    <message>
        <source>a comma or a closing &apos;}&apos; is missing before %1</source>
        <translation>ett kommatecken eller en avslutande &apos;}&apos; saknas före %1</translation>
    </message>
    <message>
        <source>a comma or a closing &apos;]&apos; is missing before %1 (between two items of a list)</source>
        <translation>ett kommatecken eller en avslutande &apos;]&apos; saknas före %1 (mellan två element i en lista)</translation>
    </message>
    <message>
        <source>%1 cannot stand here</source>
        <translation>%1 kan inte stå här</translation>
    </message>
    <message>
        <source>the file ends too soon: a closing &apos;}&apos;, &apos;]&apos; or &apos;&quot;&apos; is missing</source>
        <translation>filen tar slut för tidigt: en avslutande &apos;}&apos;, &apos;]&apos; eller &apos;&quot;&apos; saknas</translation>
    </message>
    <message>
        <source>a text has no closing &apos;&quot;&apos;</source>
        <translation>en text saknar sitt avslutande &apos;&quot;&apos;</translation>
    </message>
    <message>
        <source>a line break or tab inside a text; write it as \n or \t</source>
        <translation>en radbrytning eller tabb inne i en text; skriv den som \n eller \t</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text; save it again as UTF-8</source>
        <translation>filen är inte UTF-8-text; spara den igen som UTF-8</translation>
    </message>
    <message>
        <source>a backslash starts an escape JSON does not know; write a backslash as \\</source>
        <translation>ett omvänt snedstreck inleder en escape-sekvens som JSON inte känner till; skriv ett omvänt snedstreck som \\</translation>
    </message>
    <message>
        <source>a number JSON cannot read; write it like 2, 0.5 or -3 (a point, not a comma)</source>
        <translation>ett tal som JSON inte kan läsa; skriv det som 2, 0.5 eller -3 (punkt, inte komma)</translation>
    </message>
    <message>
        <source>a word JSON does not know; text goes in double quotes, and the only bare words are true, false and null</source>
        <translation>ett ord som JSON inte känner till; text ska stå inom dubbla citattecken, och de enda orden utan citattecken är true, false och null</translation>
    </message>
    <message>
        <source>the JSON cannot be read from here on</source>
        <translation>JSON-texten kan inte läsas härifrån</translation>
    </message>
    <message>
        <source>slide %1 shows a page of %2 with no text alternative: add a &quot;description&quot; of what it shows (or &quot;&quot; if it only decorates)</source>
        <translation>bild %1 visar en sida ur %2 utan textalternativ: lägg till en &quot;description&quot; av vad den visar (eller &quot;&quot; om den bara pryder)</translation>
    </message>
    <message>
        <source>the film %1 has no subtitles in the lesson&apos;s language (%2): trainees who do not hear it miss what is said; add them under &quot;subtitles&quot;</source>
        <translation>filmen %1 har inga undertexter på lektionens språk (%2): kursdeltagare som inte hör den missar det som sägs; lägg till dem under &quot;subtitles&quot;</translation>
    </message>
    <message numerus="yes">
        <source>slide %1 draws %n texts below the size the back of the room reads, %2 px (%3 pt); this one is the smallest, %4 px (%5 pt) on a 1080p projector: shorten them, or split the slide</source>
        <translation>
            <numerusform>bild %1 ritar %n text under den storlek bakersta raden kan läsa, %2 px (%3 pt); den är %4 px (%5 pt) på en 1080p-projektor: korta den, eller dela bilden</numerusform>
            <numerusform>bild %1 ritar %n texter under den storlek bakersta raden kan läsa, %2 px (%3 pt); den här är den minsta, %4 px (%5 pt) på en 1080p-projektor: korta dem, eller dela bilden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LessonEditor</name>
    <message>
        <source>there is no slide %1</source>
        <translation>det finns ingen bild %1</translation>
    </message>
    <message>
        <source>this is the first slide</source>
        <translation>det här är den första bilden</translation>
    </message>
    <message>
        <source>this is the last slide</source>
        <translation>det här är den sista bilden</translation>
    </message>
    <message>
        <source>move the slide</source>
        <translation>flytta bilden</translation>
    </message>
    <message>
        <source>copy the slide</source>
        <translation>kopiera bilden</translation>
    </message>
    <message>
        <source>a lesson keeps at least one slide</source>
        <translation>en lektion behåller minst en bild</translation>
    </message>
    <message>
        <source>delete the slide</source>
        <translation>ta bort bilden</translation>
    </message>
    <message>
        <source>retitle the slide</source>
        <translation>ändra bildens rubrik</translation>
    </message>
    <message>
        <source>only a slide that steps through a deck&apos;s pages can be split</source>
        <translation>bara en bild som stegar genom flera sidor i presentationen kan delas</translation>
    </message>
    <message>
        <source>go to the build step where the second slide should start, then split</source>
        <translation>gå till steget där den andra bilden ska börja och dela sedan</translation>
    </message>
    <message>
        <source>split the slide</source>
        <translation>dela bilden</translation>
    </message>
    <message>
        <source>write the notes</source>
        <translation>skriv anteckningarna</translation>
    </message>
    <message>
        <source>slide %1 is not a question</source>
        <translation>bild %1 är inte en fråga</translation>
    </message>
    <message>
        <source>write the question</source>
        <translation>skriv frågan</translation>
    </message>
    <message>
        <source>add the question</source>
        <translation>lägg till frågan</translation>
    </message>
</context>
<context>
    <name>LessonLanguage</name>
    <message>
        <source>The film cannot be played</source>
        <translation>Filmen kan inte spelas upp</translation>
    </message>
    <message>
        <source>Instructions for the facilitator</source>
        <translation>Instruktioner för mötesledare</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Sida</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Lektion</translation>
    </message>
    <message>
        <source>The right answer is no. %1.</source>
        <translation>Rätt svar är nr %1.</translation>
    </message>
    <message>
        <source>Slide</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>Room code</source>
        <translation>Rumskod</translation>
    </message>
    <message>
        <source>Nickname (optional)</source>
        <translation>Smeknamn (frivilligt)</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Gå med</translation>
    </message>
    <message>
        <source>Look at the screen: the next question comes here.</source>
        <translation>Titta på skärmen: nästa fråga kommer här.</translation>
    </message>
    <message>
        <source>Vote: tap your answer. You can change it until the vote closes.</source>
        <translation>Rösta: tryck på ditt svar. Du kan ändra det tills omröstningen stängs.</translation>
    </message>
    <message>
        <source>The vote is closed.</source>
        <translation>Omröstningen är stängd.</translation>
    </message>
    <message>
        <source>Right!</source>
        <translation>Rätt!</translation>
    </message>
    <message>
        <source>Not this time: the right answer is no. %1.</source>
        <translation>Inte den här gången: rätt svar är nr %1.</translation>
    </message>
    <message>
        <source>Your answer for the flip chart</source>
        <translation>Ditt svar till blädderblocket</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Skicka</translation>
    </message>
    <message>
        <source>Sent. The facilitator decides what goes on the flip chart.</source>
        <translation>Skickat. Mötesledaren bestämmer vad som kommer på blädderblocket.</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>Ansluter igen …</translation>
    </message>
    <message>
        <source>That did not work. Try again.</source>
        <translation>Det gick inte. Försök igen.</translation>
    </message>
    <message>
        <source>Join the room again with the code on the screen.</source>
        <translation>Gå med igen med koden på skärmen.</translation>
    </message>
    <message>
        <source>That is not the room code on the screen.</source>
        <translation>Det är inte rumskoden på skärmen.</translation>
    </message>
    <message>
        <source>That is too long.</source>
        <translation>Det är för långt.</translation>
    </message>
    <message>
        <source>The room is full.</source>
        <translation>Rummet är fullt.</translation>
    </message>
    <message>
        <source>Your vote</source>
        <translation>Din röst</translation>
    </message>
    <message>
        <source>Answer on your phone</source>
        <translation>Svara på din telefon</translation>
    </message>
    <message>
        <source>Scan the code, or open</source>
        <translation>Skanna koden, eller öppna</translation>
    </message>
    <message>
        <source>No app, no account: your answer stays in this room.</source>
        <translation>Ingen app, inget konto: ditt svar stannar i det här rummet.</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Röster</translation>
    </message>
    <message>
        <source>Discuss the options together. The vote opens when the facilitator opens it.</source>
        <translation>Diskutera svarsalternativen tillsammans. Omröstningen öppnas när mötesledaren öppnar den.</translation>
    </message>
    <message>
        <source>Danish</source>
        <translation>danska</translation>
    </message>
    <message>
        <source>Norwegian</source>
        <translation>norska</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>svenska</translation>
    </message>
    <message>
        <source>English</source>
        <translation>engelska</translation>
    </message>
    <message>
        <source>The room is closed to new phones: ask the facilitator.</source>
        <translation>Rummet är stängt för nya telefoner: fråga kursledaren.</translation>
    </message>
    <message>
        <source>Too fast: wait a moment, or scan the code on the screen.</source>
        <translation>För snabbt: vänta en stund, eller skanna koden på skärmen.</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Sida %1</translation>
    </message>
    <message>
        <source>This page cannot be shown</source>
        <translation>Den här sidan kan inte visas</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>Steg %1</translation>
    </message>
    <message>
        <source>The room cannot be reached. Scan the code on the screen again.</source>
        <translation>Rummet går inte att nå. Skanna koden på skärmen igen.</translation>
    </message>
    <message>
        <source>Tried: not the right answer</source>
        <translation>Provat: inte rätt svar</translation>
    </message>
    <message>
        <source>The right answer</source>
        <translation>Rätt svar</translation>
    </message>
    <message>
        <source>The page shows: %1</source>
        <translation>Sidan visar: %1</translation>
    </message>
</context>
<context>
    <name>NotesView</name>
    <message>
        <source>No notes on this slide.</source>
        <translation>Inga anteckningar till den här bilden.</translation>
    </message>
    <message>
        <source>▼ more below (wheel or %1)</source>
        <translation>▼ mer nedanför (hjulet eller %1)</translation>
    </message>
    <message>
        <source>▲ more above (wheel or %1)</source>
        <translation>▲ mer ovanför (hjulet eller %1)</translation>
    </message>
</context>
<context>
    <name>PaceText</name>
    <message numerus="yes">
        <source>planned: %n min</source>
        <translation>
            <numerusform>planerat: %n min</numerusform>
            <numerusform>planerat: %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>ends %1</source>
        <translation>slutar %1</translation>
    </message>
    <message>
        <source>on time</source>
        <translation>i tid</translation>
    </message>
    <message numerus="yes">
        <source>%n min ahead</source>
        <translation>
            <numerusform>%n min före</numerusform>
            <numerusform>%n min före</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min behind</source>
        <translation>
            <numerusform>%n min efter</numerusform>
            <numerusform>%n min efter</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QCommandLineParser</name>
    <message>
        <source>Usage: %1</source>
        <translation>Användning: %1</translation>
    </message>
    <message>
        <source>[options]</source>
        <translation>[flaggor]</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Flaggor:</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>Argument:</translation>
    </message>
    <message>
        <source>Displays help on commandline options.</source>
        <translation>Visar hjälp för flaggorna på kommandoraden.</translation>
    </message>
    <message>
        <source>Displays help including Qt specific options.</source>
        <translation>Visar hjälp, även för Qts egna flaggor.</translation>
    </message>
    <message>
        <source>Displays version information.</source>
        <translation>Visar versionen.</translation>
    </message>
    <message>
        <source>Unknown option &apos;%1&apos;.</source>
        <translation>Okänd flagga ”%1”.</translation>
    </message>
    <message>
        <source>Unknown options: %1.</source>
        <translation>Okända flaggor: %1.</translation>
    </message>
    <message>
        <source>Missing value after &apos;%1&apos;.</source>
        <translation>Ett värde saknas efter ”%1”.</translation>
    </message>
    <message>
        <source>Unexpected value after &apos;%1&apos;.</source>
        <translation>Oväntat värde efter ”%1”.</translation>
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
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ja</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Nej</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öppna</translation>
    </message>
</context>
<context>
    <name>QShortcut</name>
    <message>
        <source>Space</source>
        <translation>Mellanslag</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabb</translation>
    </message>
    <message>
        <source>Backspace</source>
        <translation>Backsteg</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Retur</translation>
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
        <translation>Vänster</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Upp</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Höger</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Ned</translation>
    </message>
    <message>
        <source>PgUp</source>
        <translation>Sida upp</translation>
    </message>
    <message>
        <source>PgDown</source>
        <translation>Sida ned</translation>
    </message>
    <message>
        <source>Ctrl</source>
        <translation>Ctrl</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Skift</translation>
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
        <translation>Stoppunkt-fjärrkontroll</translation>
    </message>
    <message>
        <source>Pairing…</source>
        <translation>Parkopplar…</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>Ansluter igen …</translation>
    </message>
    <message>
        <source>This pairing code was used or has expired: show a new one on the console and scan it again.</source>
        <translation>Parkopplingskoden är använd eller har gått ut: visa en ny på konsolen och skanna den igen.</translation>
    </message>
    <message>
        <source>This phone is no longer the remote: the console dropped it or paired another phone.</source>
        <translation>Telefonen är inte längre fjärrkontroll: konsolen kopplade bort den eller parkopplade en annan telefon.</translation>
    </message>
    <message>
        <source>Slide %1 of %2</source>
        <translation>Bild %1 av %2</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Nästa</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Föregående</translation>
    </message>
    <message>
        <source>Black screen</source>
        <translation>Svart skärm</translation>
    </message>
    <message>
        <source>Show the slide again</source>
        <translation>Visa bilden igen</translation>
    </message>
    <message>
        <source>The projector is black.</source>
        <translation>Projektorn är svart.</translation>
    </message>
    <message>
        <source>The projector is white.</source>
        <translation>Projektorn är vit.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <source>No notes on this slide.</source>
        <translation>Inga anteckningar till den här bilden.</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Nästa steg</translation>
    </message>
    <message>
        <source>Shows: %1</source>
        <translation>Visar: %1</translation>
    </message>
    <message>
        <source>The film plays</source>
        <translation>Filmen spelas</translation>
    </message>
    <message>
        <source>The film goes on to its stop</source>
        <translation>Filmen går vidare till stopppunkten</translation>
    </message>
    <message>
        <source>The right answer is revealed</source>
        <translation>Rätt svar visas</translation>
    </message>
    <message>
        <source>Slide %1: %2</source>
        <translation>Bild %1: %2</translation>
    </message>
    <message>
        <source>End of the lesson</source>
        <translation>Lektionens slut</translation>
    </message>
    <message>
        <source>The slide shows again</source>
        <translation>Bilden visas igen</translation>
    </message>
    <message>
        <source>Right answer</source>
        <translation>Rätt svar</translation>
    </message>
    <message>
        <source>Picked: wrong</source>
        <translation>Valt: fel</translation>
    </message>
    <message>
        <source>Tap an option to pick it for the group.</source>
        <translation>Tryck på ett alternativ för att välja det för gruppen.</translation>
    </message>
    <message>
        <source>Undo pick</source>
        <translation>Ångra val</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>Visa svaret</translation>
    </message>
    <message>
        <source>Revealed</source>
        <translation>Svaret visas</translation>
    </message>
    <message>
        <source>Tap Next again within 2 s to reveal the answer.</source>
        <translation>Tryck Nästa igen inom 2 s för att visa svaret.</translation>
    </message>
    <message>
        <source>Tap Next again within 2 s to skip to the stop point.</source>
        <translation>Tryck Nästa igen inom 2 s för att hoppa till stopppunkten.</translation>
    </message>
    <message>
        <source>The film plays.</source>
        <translation>Filmen spelas.</translation>
    </message>
    <message>
        <source>The film is paused.</source>
        <translation>Filmen är pausad.</translation>
    </message>
    <message>
        <source>The film cannot play: see the console.</source>
        <translation>Filmen kan inte spelas: se konsolen.</translation>
    </message>
    <message>
        <source>Pause film</source>
        <translation>Pausa filmen</translation>
    </message>
    <message>
        <source>Resume film</source>
        <translation>Fortsätt filmen</translation>
    </message>
    <message>
        <source>Open the vote</source>
        <translation>Öppna omröstningen</translation>
    </message>
    <message>
        <source>Close the vote</source>
        <translation>Stäng omröstningen</translation>
    </message>
    <message>
        <source>The room: %1 of %2 voted</source>
        <translation>Deltagarna: %1 av %2 har röstat</translation>
    </message>
    <message>
        <source>The room: %1 phones joined</source>
        <translation>Deltagarna: %1 telefoner anslutna</translation>
    </message>
    <message>
        <source>Flip chart</source>
        <translation>Blädderblock</translation>
    </message>
    <message>
        <source>From the phones (first one first)</source>
        <translation>Från telefonerna (det första först)</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Lägg till</translation>
    </message>
    <message>
        <source>Drop</source>
        <translation>Släng</translation>
    </message>
    <message>
        <source>of %1 min planned</source>
        <translation>av %1 min planerat</translation>
    </message>
    <message>
        <source>%1 min behind</source>
        <translation>%1 min efter</translation>
    </message>
    <message>
        <source>%1 min ahead</source>
        <translation>%1 min före</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>pausad</translation>
    </message>
    <message>
        <source>Too fast: wait a moment.</source>
        <translation>För snabbt: vänta lite.</translation>
    </message>
    <message>
        <source>Not sent: the connection was lost. Tap again.</source>
        <translation>Inte skickat: anslutningen bröts. Tryck igen.</translation>
    </message>
    <message>
        <source>en</source>
        <comment>the language code of this translation</comment>
        <translation>sv</translation>
    </message>
    <message>
        <source>Show the pairing code on the console and scan it with this phone.</source>
        <translation>Visa parkopplingskoden på konsolen och skanna den med den här telefonen.</translation>
    </message>
    <message>
        <source>Nothing on the flip chart yet.</source>
        <translation>Inget på blädderblocket än.</translation>
    </message>
    <message>
        <source>Drag a finger on the slide: the red dot follows it on the projector.</source>
        <translation>Dra ett finger över bilden: den röda pricken följer med på projektorn.</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Session report: %1</source>
        <translation>Rapport från passet: %1</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>kan inte skriva %1</translation>
    </message>
    <message>
        <source>Session of %1 — %2 in all</source>
        <translation>Pass %1 — %2 totalt</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Frågor</translation>
    </message>
    <message>
        <source>%1 (right)</source>
        <translation>%1 (rätt)</translation>
    </message>
    <message>
        <source>Picks in order: %1</source>
        <translation>Val i ordning: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>inga</translation>
    </message>
    <message>
        <source>The right answer (no. %1) was not reached.</source>
        <translation>Rätt svar (nr %1) nåddes inte.</translation>
    </message>
    <message>
        <source>The group found the right answer (no. %1) in %2.</source>
        <translation>Gruppen hittade rätt svar (nr %1) på %2.</translation>
    </message>
    <message>
        <source>The right answer (no. %1) was revealed after %2.</source>
        <translation>Rätt svar (nr %1) visades efter %2.</translation>
    </message>
    <message>
        <source>Flip charts</source>
        <translation>Blädderblock</translation>
    </message>
    <message>
        <source>No entries.</source>
        <translation>Inget skrivet.</translation>
    </message>
    <message>
        <source>Next lesson</source>
        <translation>Nästa lektion</translation>
    </message>
    <message>
        <source>The group chose %1.</source>
        <translation>Gruppen valde %1.</translation>
    </message>
    <message>
        <source>Time per slide</source>
        <translation>Tid per bild</translation>
    </message>
    <message>
        <source>The lesson planned %1 in all.</source>
        <translation>Lektionen var planerad till %1 totalt.</translation>
    </message>
    <message>
        <source>%1. %2 — %3 (planned %4)</source>
        <translation>%1. %2 — %3 (planerat %4)</translation>
    </message>
    <message>
        <source>%1. %2 — %3</source>
        <translation>%1. %2 — %3</translation>
    </message>
    <message numerus="yes">
        <source>The room&apos;s phones voted (%n of %1 joined): %2</source>
        <translation>
            <numerusform>Deltagarnas telefoner röstade (%n av %1 anslutna): %2</numerusform>
            <numerusform>Deltagarnas telefoner röstade (%n av %1 anslutna): %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Drawn on the slides</source>
        <translation>Ritat på bilderna</translation>
    </message>
    <message>
        <source>Slide %1</source>
        <translation>Bild %1</translation>
    </message>
    <message>
        <source>Slide %1: %2</source>
        <translation>Bild %1: %2</translation>
    </message>
    <message>
        <source>The page shows: %1</source>
        <translation>Sidan visar: %1</translation>
    </message>
</context>
<context>
    <name>RoomPanel</name>
    <message>
        <source>%1 hides the join card</source>
        <translation>%1 döljer anslutningskortet</translation>
    </message>
    <message>
        <source>%1 shows the join card</source>
        <translation>%1 visar anslutningskortet</translation>
    </message>
    <message numerus="yes">
        <source>Room open: %1 · code %2 · %n joined (%3)</source>
        <translation>
            <numerusform>Rummet är öppet: %1 · kod %2 · %n deltagare (%3)</numerusform>
            <numerusform>Rummet är öppet: %1 · kod %2 · %n deltagare (%3)</numerusform>
        </translation>
    </message>
    <message>
        <source>open, %1 closes it</source>
        <translation>öppen, %1 stänger den</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>stängd</translation>
    </message>
    <message numerus="yes">
        <source>THE ROOM&apos;S VOTE: %n voted of %1 joined, %2</source>
        <translation>
            <numerusform>DELTAGARNAS OMRÖSTNING: %n av %1 har röstat, %2</numerusform>
            <numerusform>DELTAGARNAS OMRÖSTNING: %n av %1 har röstat, %2</numerusform>
        </translation>
    </message>
    <message>
        <source>The projector shows the votes (%1 hides them).</source>
        <translation>Projektorn visar rösterna (%1 döljer dem).</translation>
    </message>
    <message>
        <source>%1 shows the votes on the projector.</source>
        <translation>%1 visar rösterna på projektorn.</translation>
    </message>
    <message numerus="yes">
        <source>FROM THE PHONES: %n waiting (%1 adds the first, %2 drops it)</source>
        <translation>
            <numerusform>FRÅN TELEFONERNA: %n väntar (%1 lägger till det första, %2 slänger det)</numerusform>
            <numerusform>FRÅN TELEFONERNA: %n väntar (%1 lägger till det första, %2 slänger det)</numerusform>
        </translation>
    </message>
    <message>
        <source> · remote: %1</source>
        <translation> · fjärrkontroll: %1</translation>
    </message>
    <message>
        <source>a phone</source>
        <translation>en telefon</translation>
    </message>
    <message>
        <source>Pair your phone as the remote</source>
        <translation>Parkoppla din telefon som fjärrkontroll</translation>
    </message>
    <message>
        <source>Scan the code with the phone&apos;s camera. The phone shows your notes, the next step, the time and the right answer, and its buttons drive the lesson.</source>
        <translation>Skanna koden med telefonens kamera. Telefonen visar dina anteckningar, nästa steg, tiden och rätt svar, och dess knappar styr lektionen.</translation>
    </message>
    <message>
        <source>It replaces the remote paired now (%1).</source>
        <translation>Den ersätter fjärrkontrollen som är parkopplad nu (%1).</translation>
    </message>
    <message>
        <source>The code works once, for two minutes, and never shows on the projector. %1</source>
        <translation>Koden fungerar en gång, i två minuter, och visas aldrig på projektorn. %1</translation>
    </message>
    <message>
        <source>Any key hides the code.</source>
        <translation>Valfri tangent döljer koden.</translation>
    </message>
    <message numerus="yes">
        <source> · %n connected</source>
        <translation>
            <numerusform> · %n ansluten</numerusform>
            <numerusform> · %n anslutna</numerusform>
        </translation>
    </message>
    <message>
        <source> · closed to new phones (%1 opens it)</source>
        <translation> · stängt för nya telefoner (%1 öppnar)</translation>
    </message>
    <message>
        <source> · typed codes paused, scanning works</source>
        <translation> · inskrivna koder pausade, skanning fungerar</translation>
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
        <translation>för stor för att vara en passlogg</translation>
    </message>
    <message>
        <source>not valid JSON (%1 at byte %2); it may be truncated</source>
        <translation>inte giltig JSON (%1 vid byte %2); den kan vara avkortad</translation>
    </message>
    <message>
        <source>not a Stoppunkt session record</source>
        <translation>inte en passlogg från Stoppunkt</translation>
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
        <translation>mappen kan inte skapas</translation>
    </message>
</context>
<context>
    <name>stoppunkt::AuthorForm</name>
    <message>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
</context>
<context>
    <name>stoppunkt::AuthorForms</name>
    <message>
        <source>Not saved: %1</source>
        <translation>Inte sparat: %1</translation>
    </message>
    <message>
        <source>The notes were written. Alt+Backspace takes them back.</source>
        <translation>Anteckningarna är skrivna. Alt+Backspace ångrar dem.</translation>
    </message>
    <message>
        <source>Go to a question, or to a stop in the stop editor (Shift+M), to write the question asked there.</source>
        <translation>Gå till en fråga eller till en stopppunkt i stopppunktsredigeraren (Shift+M) för att skriva frågan där.</translation>
    </message>
    <message>
        <source>Film #%1</source>
        <translation>Film #%1</translation>
    </message>
    <message>
        <source>A new question at stop %1 of “%2”</source>
        <translation>En ny fråga vid stopppunkt %1 i “%2”</translation>
    </message>
    <message>
        <source>The question at stop %1 of “%2”</source>
        <translation>Frågan vid stopppunkt %1 i “%2”</translation>
    </message>
    <message>
        <source>Not saved: mark which option is the right one.</source>
        <translation>Inte sparat: markera vilket svarsalternativ som är det rätta.</translation>
    </message>
    <message>
        <source>The question “%1” was added. Alt+Backspace takes it back.</source>
        <translation>Frågan “%1” har lagts till. Alt+Backspace ångrar den.</translation>
    </message>
    <message>
        <source>The question “%1” was written. Alt+Backspace takes it back.</source>
        <translation>Frågan “%1” är skriven. Alt+Backspace ångrar den.</translation>
    </message>
</context>
<context>
    <name>stoppunkt::AuthorMode</name>
    <message>
        <source>Not changed: %1</source>
        <translation>Inte ändrat: %1</translation>
    </message>
    <message>
        <source>%1 Note: %2.</source>
        <translation>%1 Obs: %2.</translation>
    </message>
    <message>
        <source>The slide moved. Alt+Backspace moves it back.</source>
        <translation>Bilden har flyttats. Alt+Backspace flyttar tillbaka den.</translation>
    </message>
    <message>
        <source>The slide was copied; the copy is shown.</source>
        <translation>Bilden har kopierats; kopian visas.</translation>
    </message>
    <message>
        <source>The slide was split: the pages from here on are the next slide.</source>
        <translation>Bilden har delats: sidorna härifrån är nästa bild.</translation>
    </message>
    <message>
        <source>Slide %1 “%2” was deleted. Alt+Backspace brings it back.</source>
        <translation>Bild %1 “%2” har tagits bort. Alt+Backspace tar tillbaka den.</translation>
    </message>
    <message>
        <source>Undone: %1.</source>
        <translation>Ångrat: %1.</translation>
    </message>
    <message>
        <source>Done again: %1.</source>
        <translation>Gjort igen: %1.</translation>
    </message>
    <message>
        <source>Title of the slide</source>
        <translation>Bildens rubrik</translation>
    </message>
    <message>
        <source>The title of slide %1, as the room sees it:</source>
        <translation>Rubriken på bild %1, som salen ser den:</translation>
    </message>
    <message>
        <source>The title was changed.</source>
        <translation>Rubriken har ändrats.</translation>
    </message>
</context>
<context>
    <name>stoppunkt::ConsoleRequests</name>
    <message>
        <source>Quit Stoppunkt?</source>
        <translation>Avsluta Stoppunkt?</translation>
    </message>
    <message>
        <source>Quit the lesson? The projector will close.</source>
        <translation>Avsluta lektionen? Projektorfönstret stängs.</translation>
    </message>
    <message>
        <source>The room will listen on %1 when %2 turns it on.</source>
        <translation>Rummet lyssnar på %1 när %2 slår på det.</translation>
    </message>
    <message>
        <source>Console language: %1 (%2 changes it). The projector keeps the lesson&apos;s language.</source>
        <translation>Språk på din skärm: %1 (%2 byter). Projektorn behåller lektionens språk.</translation>
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
        <translation>Passloggen sparas INTE: %1</translation>
    </message>
    <message>
        <source>Go to slide %1: press Enter (Esc cancels)</source>
        <translation>Gå till bild %1: tryck Enter (Esc avbryter)</translation>
    </message>
    <message>
        <source>Press Next again within 2 s to skip to the stop point</source>
        <translation>Tryck Nästa igen inom 2 s för att hoppa till stopppunkten</translation>
    </message>
    <message>
        <source>Press Next again within 2 s to reveal the answer (%1 reveals at once)</source>
        <translation>Tryck Nästa igen inom 2 s för att visa svaret (%1 visar det direkt)</translation>
    </message>
    <message>
        <source>Projector %1 disconnected: the lesson goes on here; plug it back in to continue there</source>
        <translation>Projektorn %1 är frånkopplad: lektionen fortsätter här; anslut den igen för att fortsätta där</translation>
    </message>
    <message>
        <source>The projector is black (%1 to show the slide)</source>
        <translation>Projektorn är svart (%1 visar bilden)</translation>
    </message>
    <message>
        <source>The projector is white (%1 to show the slide)</source>
        <translation>Projektorn är vit (%1 visar bilden)</translation>
    </message>
    <message>
        <source>Rehearsal: both windows are normal windows</source>
        <translation>Generalrepetition: båda fönstren är vanliga fönster</translation>
    </message>
    <message>
        <source>Projector on %1</source>
        <translation>Projektor på %1</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>pausad</translation>
    </message>
    <message>
        <source>Now on the projector</source>
        <translation>Nu på projektorn</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Nästa</translation>
    </message>
    <message>
        <source>End of the lesson</source>
        <translation>Lektionen är slut</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <source>Timer</source>
        <translation>Tidtagning</translation>
    </message>
    <message>
        <source>The question</source>
        <translation>Frågan</translation>
    </message>
    <message>
        <source>Slide %1 of %2: %3</source>
        <translation>Bild %1 av %2: %3</translation>
    </message>
    <message>
        <source>The projector is black</source>
        <translation>Projektorn är svart</translation>
    </message>
    <message>
        <source>The projector is white</source>
        <translation>Projektorn är vit</translation>
    </message>
    <message>
        <source>The end of the lesson</source>
        <translation>Lektionens slut</translation>
    </message>
    <message>
        <source>The right answer is %1: %2.</source>
        <translation>Rätt svar är %1: %2.</translation>
    </message>
    <message>
        <source>Nothing picked yet.</source>
        <translation>Inget valt ännu.</translation>
    </message>
    <message>
        <source>Picked: %1.</source>
        <translation>Valt: %1.</translation>
    </message>
    <message>
        <source>The room sees the answer.</source>
        <translation>Rummet ser svaret.</translation>
    </message>
</context>
<context>
    <name>stoppunkt::FilmPlayer</name>
    <message>
        <source>The video library could not start.</source>
        <translation>Videobiblioteket kunde inte starta.</translation>
    </message>
    <message>
        <source>The film cannot be shown: the projector&apos;s OpenGL video surface did not start.</source>
        <translation>Filmen kan inte visas: projektorns OpenGL-videoyta startade inte.</translation>
    </message>
    <message>
        <source>%1 is not a film file (it must be an existing file, named by its full path)</source>
        <translation>%1 är inte en filmfil (den måste vara en befintlig fil, angiven med fullständig sökväg)</translation>
    </message>
    <message>
        <source>The film cannot be played: %1</source>
        <translation>Filmen kan inte spelas upp: %1</translation>
    </message>
</context>
<context>
    <name>stoppunkt::FlipchartLine</name>
    <message>
        <source>An answer from the room, then Enter. Up/Down choose an entry to edit; Esc closes.</source>
        <translation>Ett svar från deltagarna, sedan Enter. Upp/Ned väljer en punkt att ändra; Esc stänger.</translation>
    </message>
</context>
<context>
    <name>stoppunkt::LessonFile</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>kan inte läsa %1: %2</translation>
    </message>
    <message>
        <source>the lesson has errors; fix them first: %1</source>
        <translation>lektionen har fel; rätta dem först: %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>kan inte skriva %1: %2</translation>
    </message>
    <message>
        <source>the lesson file no longer has what this changes; it was edited elsewhere</source>
        <translation>lektionsfilen har inte längre det som detta ändrar; den har redigerats på annat håll</translation>
    </message>
    <message>
        <source>there is no change to undo</source>
        <translation>det finns ingen ändring att ångra</translation>
    </message>
    <message>
        <source>there is no change to redo</source>
        <translation>det finns ingen ändring att göra om</translation>
    </message>
    <message>
        <source>the lesson file was edited elsewhere where this change was made, so it cannot be taken back</source>
        <translation>lektionsfilen har redigerats på annat håll just där den här ändringen gjordes, så den kan inte ångras</translation>
    </message>
</context>
<context>
    <name>stoppunkt::LessonPicker</name>
    <message>
        <source>Stoppunkt — choose a lesson</source>
        <translation>Stoppunkt — välj en lektion</translation>
    </message>
    <message>
        <source>Choose a lesson. Your own lessons go in a folder each, with its lesson.json, in the last folder below.</source>
        <translation>Välj en lektion. Dina egna lektioner lägger du i var sin mapp med sin lesson.json, i den sista mappen nedan.</translation>
    </message>
    <message>
        <source>Lessons that come with Stoppunkt  (%1)</source>
        <translation>Lektioner som följer med Stoppunkt  (%1)</translation>
    </message>
    <message>
        <source>Your own lessons  (%1)</source>
        <translation>Dina egna lektioner  (%1)</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>inga än</translation>
    </message>
    <message>
        <source>%1  —  %2, %3</source>
        <translation>%1  —  %2, %3</translation>
    </message>
    <message>
        <source>%1  —  cannot open: %2</source>
        <translation>%1  —  kan inte öppnas: %2</translation>
    </message>
    <message>
        <source>%1.  %2</source>
        <translation>%1.  %2</translation>
    </message>
    <message numerus="yes">
        <source>%n slides</source>
        <translation>
            <numerusform>%n bild</numerusform>
            <numerusform>%n bilder</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stoppunkt::LessonSwitcher</name>
    <message>
        <source>The lesson was reloaded.</source>
        <translation>Lektionen lästes in igen.</translation>
    </message>
    <message numerus="yes">
        <source>The saved lesson has %n error(s); the last good version stays on screen. %1</source>
        <translation>
            <numerusform>Den sparade lektionen har ett fel; den senaste fungerande versionen ligger kvar på skärmen. %1</numerusform>
            <numerusform>Den sparade lektionen har %n fel; den senaste fungerande versionen ligger kvar på skärmen. %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The lesson %1 has errors and was not opened: %2</source>
        <translation>Lektionen %1 har fel och öppnades inte: %2</translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <translation>Öppnade %1.</translation>
    </message>
</context>
<context>
    <name>stoppunkt::NotesEditor</name>
    <message>
        <source>Plain</source>
        <translation>Vanlig</translation>
    </message>
    <message>
        <source>Continue (go on)</source>
        <translation>Fortsätt (gå vidare)</translation>
    </message>
    <message>
        <source>Discuss (ask the room)</source>
        <translation>Diskutera (fråga salen)</translation>
    </message>
    <message>
        <source>Important</source>
        <translation>Viktigt</translation>
    </message>
    <message>
        <source>Notes of “%1”</source>
        <translation>Anteckningar till “%1”</translation>
    </message>
    <message>
        <source>Kind of this note</source>
        <translation>Anteckningens typ</translation>
    </message>
    <message>
        <source>Notes, one per paragraph</source>
        <translation>Anteckningar, en per stycke</translation>
    </message>
    <message>
        <source>One note per paragraph · Ctrl+1–4 or the list: its kind · Ctrl+Enter saves · Esc closes</source>
        <translation>En anteckning per stycke · Ctrl+1–4 eller listan: dess typ · Ctrl+Enter sparar · Esc stänger</translation>
    </message>
</context>
<context>
    <name>stoppunkt::ProjectorWindow</name>
    <message>
        <source>Stoppunkt — projector</source>
        <translation>Stoppunkt — projektor</translation>
    </message>
</context>
<context>
    <name>stoppunkt::QuestionForm</name>
    <message>
        <source>The question the room sees</source>
        <translation>Frågan som salen ser</translation>
    </message>
    <message>
        <source>&amp;Title of the slide</source>
        <translation>&amp;Bildens rubrik</translation>
    </message>
    <message>
        <source>&amp;Question</source>
        <translation>&amp;Fråga</translation>
    </message>
    <message>
        <source>Add an option</source>
        <translation>Lägg till ett svarsalternativ</translation>
    </message>
    <message>
        <source>Remove the last option</source>
        <translation>Ta bort det sista svarsalternativet</translation>
    </message>
    <message>
        <source>The room&apos;s phones &amp;vote on it</source>
        <translation>Salens telefoner &amp;röstar om den</translation>
    </message>
    <message>
        <source>Notes of the question, one per paragraph</source>
        <translation>Frågans anteckningar, en per stycke</translation>
    </message>
    <message>
        <source>Tab: next field · Ctrl+Enter saves · Esc closes · the notes: one per paragraph, Ctrl+1–4 their kind</source>
        <translation>Tab: nästa fält · Ctrl+Enter sparar · Esc stänger · anteckningarna: en per stycke, Ctrl+1–4 deras typ</translation>
    </message>
    <message>
        <source>As the room sees it</source>
        <translation>Som salen ser den</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Anteckningar</translation>
    </message>
    <message>
        <source>Option &amp;%1 is the right one</source>
        <translation>Svarsalternativ &amp;%1 är det rätta</translation>
    </message>
    <message>
        <source>Option %1, as the room sees it</source>
        <translation>Svarsalternativ %1, som salen ser det</translation>
    </message>
    <message>
        <source>Option %1</source>
        <translation>Svarsalternativ %1</translation>
    </message>
    <message>
        <source>Feedback the room sees when it picks this option (optional)</source>
        <translation>Återkoppling som salen ser när den väljer det här alternativet (valfritt)</translation>
    </message>
    <message>
        <source>Feedback of option %1</source>
        <translation>Återkoppling till svarsalternativ %1</translation>
    </message>
    <message>
        <source>Talking points for you only, one per line (optional)</source>
        <translation>Samtalspunkter bara för dig, en per rad (valfritt)</translation>
    </message>
    <message>
        <source>Talking points of option %1</source>
        <translation>Samtalspunkter till svarsalternativ %1</translation>
    </message>
</context>
<context>
    <name>stoppunkt::RecordKeeper</name>
    <message>
        <source>The session record could not be read (%1). It was kept as %2; a new record starts.</source>
        <translation>Passloggen kunde inte läsas (%1). Den har sparats som %2; en ny logg börjar.</translation>
    </message>
    <message>
        <source>Resume the lesson?</source>
        <translation>Fortsätta lektionen?</translation>
    </message>
    <message>
        <source>The session of &quot;%1&quot; that started %2 was interrupted on slide %3 of %4. Resume it: same slide, same picks and flip-chart entries?</source>
        <translation>Passet med ”%1” som började %2 avbröts på bild %3 av %4. Fortsätta det: samma bild, samma val och punkter på blädderblocket?</translation>
    </message>
    <message>
        <source>Resumed the interrupted session on slide %1.</source>
        <translation>Det avbrutna passet fortsätter på bild %1.</translation>
    </message>
    <message>
        <source>The lesson has changed since: %1.</source>
        <translation>Lektionen har ändrats sedan dess: %1.</translation>
    </message>
    <message>
        <source>The interrupted session&apos;s record has no state to resume from; it is kept, and a new one starts.</source>
        <translation>Loggen från det avbrutna passet har inget att fortsätta från; den sparas och en ny börjar.</translation>
    </message>
    <message>
        <source>the session record is saved again</source>
        <translation>passloggen sparas igen</translation>
    </message>
    <message>
        <source>the session record %1 cannot be saved: %2</source>
        <translation>passloggen %1 kan inte sparas: %2</translation>
    </message>
</context>
<context>
    <name>stoppunkt::RoomAddressDialog</name>
    <message>
        <source>Stoppunkt — where the room&apos;s phones join</source>
        <translation>Stoppunkt — var deltagarnas telefoner ansluter</translation>
    </message>
    <message>
        <source>Choose the network that the room&apos;s phones are on: the laptop listens there only, and the join card shows that address. The choice is remembered.</source>
        <translation>Välj det nätverk som deltagarnas telefoner är på: datorn lyssnar bara där, och anslutningskortet visar den adressen. Valet sparas.</translation>
    </message>
    <message>
        <source>This computer only: %1 (no phone can join; for trying it out)</source>
        <translation>Bara den här datorn: %1 (ingen telefon kan ansluta; för att prova)</translation>
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
        <translation>Deltagarnas telefoner är avstängda: servern har stoppats.</translation>
    </message>
    <message>
        <source>The room cannot be opened on %1.</source>
        <translation>Rummet kan inte öppnas på %1.</translation>
    </message>
    <message>
        <source>Turn the room&apos;s phones on first.</source>
        <translation>Slå på deltagarnas telefoner först.</translation>
    </message>
    <message>
        <source>A vote opens at a question, while the room discusses it.</source>
        <translation>En omröstning öppnas vid en fråga, medan deltagarna diskuterar den.</translation>
    </message>
    <message>
        <source>Suggestions go on the flip chart of a flip-chart slide.</source>
        <translation>Förslag hamnar på blädderblocket på en blädderblocksbild.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The room is open. %1 shows the join card on the projector.</source>
        <translation>Rummet är öppet. %1 visar anslutningskortet på projektorn.</translation>
    </message>
    <message>
        <source>The room&apos;s file %1 cannot be read (%2): turn the room on again with %3, and the phones join again.</source>
        <translation>Rummets fil %1 kan inte läsas (%2): slå på deltagarnas telefoner igen med %3, så ansluter telefonerna igen.</translation>
    </message>
    <message>
        <source>The room cannot be opened again on %1: turn it on with %2, and the phones join again.</source>
        <translation>Rummet kan inte öppnas igen på %1: slå på det med %2, så ansluter telefonerna igen.</translation>
    </message>
    <message>
        <source>The room cannot be kept in %1 (%2): if the program stops now, the phones must join again.</source>
        <translation>Rummet kan inte sparas i %1 (%2): om programmet stannar nu måste telefonerna ansluta igen.</translation>
    </message>
    <message>
        <source>%1 is not on this computer&apos;s networks now (%2 chooses another).</source>
        <translation>%1 finns inte på datorns nätverk nu (%2 väljer ett annat).</translation>
    </message>
    <message>
        <source>The room is open on this computer only: no phone can join (%1 chooses a network).</source>
        <translation>Rummet är bara öppet på den här datorn: ingen telefon kan ansluta (%1 väljer ett nätverk).</translation>
    </message>
    <message>
        <source>The room cannot be opened on %1: it is off. %2 turns it on again.</source>
        <translation>Rummet kan inte öppnas på %1: det är avstängt. %2 slår på det igen.</translation>
    </message>
    <message>
        <source>The room moved to %1: the phones must scan the new join card (%2); their votes are kept.</source>
        <translation>Rummet har flyttat till %1: telefonerna måste skanna det nya anslutningskortet (%2); deras röster behålls.</translation>
    </message>
    <message>
        <source>No phone is paired as the remote.</source>
        <translation>Ingen telefon är parkopplad som fjärrkontroll.</translation>
    </message>
    <message>
        <source>Your remote is paired (%1). %2 drops it.</source>
        <translation>Din fjärrkontroll är parkopplad (%1). %2 kopplar bort den.</translation>
    </message>
    <message>
        <source>a phone</source>
        <translation>en telefon</translation>
    </message>
    <message>
        <source>The remote is dropped: that phone controls nothing now.</source>
        <translation>Fjärrkontrollen är bortkopplad: telefonen styr ingenting nu.</translation>
    </message>
    <message>
        <source>Scan the code on the console with your phone: it becomes your remote. The code works once; any key hides it.</source>
        <translation>Skanna koden på konsolen med din telefon: den blir din fjärrkontroll. Koden fungerar en gång; valfri tangent döljer den.</translation>
    </message>
    <message>
        <source>The room is open again with the same code: the phones and your remote come back by themselves, with their votes.</source>
        <translation>Rummet är öppet igen med samma kod: telefonerna och din fjärrkontroll kommer tillbaka av sig själva, med sina röster.</translation>
    </message>
    <message>
        <source>Too many wrong room codes were typed: typing pauses for a few minutes. Phones that scan the join card still join.</source>
        <translation>För många felaktiga rumskoder skrevs in: inmatningen pausar några minuter. Telefoner som skannar deltagarkortet kommer fortfarande in.</translation>
    </message>
    <message>
        <source>The room is closed to new phones; those that joined come back by themselves (%1 opens it).</source>
        <translation>Rummet är stängt för nya telefoner; de som är med kommer tillbaka av sig själva (%1 öppnar det).</translation>
    </message>
    <message>
        <source>The room is open to new phones again (%1 closes it).</source>
        <translation>Rummet är öppet för nya telefoner igen (%1 stänger det).</translation>
    </message>
    <message>
        <source>Port %1 is taken by another program, so the room is open again on port %2: the join card is on the projector, for the phones to scan again (their votes are kept).</source>
        <translation>Port %1 används av ett annat program, så rummet är öppet igen på port %2: anslutningskortet visas på projektorn, så att telefonerna kan skanna det igen (deras röster behålls).</translation>
    </message>
</context>
<context>
    <name>stoppunkt::Session</name>
    <message>
        <source>slide %1</source>
        <translation>bild %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (slide %2)</source>
        <translation>”%1” (bild %2)</translation>
    </message>
    <message>
        <source>%1 is no longer in the lesson; the session goes on at slide %2</source>
        <translation>%1 finns inte längre i lektionen; passet fortsätter på bild %2</translation>
    </message>
    <message>
        <source>the picks on %1 no longer fit a question of the lesson</source>
        <translation>valen på %1 passar inte längre till en fråga i lektionen</translation>
    </message>
    <message numerus="yes">
        <source>%n flip-chart entries of %1 have no flip-chart slide in the lesson now</source>
        <translation>
            <numerusform>punkten på blädderblocket från %1 har inte längre någon blädderblocksbild i lektionen</numerusform>
            <numerusform>%n punkter på blädderblocket från %1 har inte längre någon blädderblocksbild i lektionen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n strokes drawn on %1 have no slide in the lesson now</source>
        <translation>
            <numerusform>%n streck ritat på %1 har ingen bild i lektionen nu</numerusform>
            <numerusform>%n streck ritade på %1 har ingen bild i lektionen nu</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stoppunkt::StopEditing</name>
    <message>
        <source>Go to a slide with the film to edit its stop points.</source>
        <translation>Gå till en bild med filmen för att redigera dess stopppunkter.</translation>
    </message>
    <message>
        <source>The film is not open yet, so its frames cannot be shown; try again when it plays.</source>
        <translation>Filmen är inte öppnad än, så dess bildrutor kan inte visas; försök igen när den spelar.</translation>
    </message>
</context>
<context>
    <name>stoppunkt::StopEditor</name>
    <message>
        <source>the lesson has no film %1</source>
        <translation>lektionen har ingen film %1</translation>
    </message>
    <message>
        <source>there is a stop on this frame already</source>
        <translation>det finns redan ett stopppunkt på den här bildrutan</translation>
    </message>
    <message>
        <source>no stop is selected: go to one first</source>
        <translation>inget stopppunkt är valt: gå till ett först</translation>
    </message>
    <message>
        <source>a stop moves only between the stops before and after it; to change their order, delete it and set a new one</source>
        <translation>ett stopppunkt flyttas bara mellan stopppunkterna före och efter det; för att ändra ordningen, ta bort det och sätt ett nytt</translation>
    </message>
    <message>
        <source>there is no stop on this frame</source>
        <translation>det finns inget stopppunkt på den här bildrutan</translation>
    </message>
    <message>
        <source>the stop points</source>
        <translation>stopppunkterna</translation>
    </message>
</context>
<context>
    <name>stoppunkt::StopEditorView</name>
    <message>
        <source>The stop&apos;s label, as the console and the film card name it; Enter keeps it, Esc leaves it</source>
        <translation>Stopppunktets namn, som konsolen och filmkortet visar det; Enter sparar, Esc ångrar</translation>
    </message>
    <message>
        <source>there is no stop on this frame: set one with S first</source>
        <translation>det finns inget stopppunkt på den här bildrutan: sätt ett med S först</translation>
    </message>
    <message>
        <source>Stop points of %1</source>
        <translation>Stopppunkter i %1</translation>
    </message>
    <message>
        <source>%1 · frame %2</source>
        <translation>%1 · bildruta %2</translation>
    </message>
    <message>
        <source>The film is loading…</source>
        <translation>Filmen laddas …</translation>
    </message>
    <message>
        <source>←/→ one frame · Shift+←/→ one second · PgUp/PgDn the stops · S set a stop here · M move the selected stop here · Delete delete the stop here · Enter its label · Ctrl+Z undo · Ctrl+Shift+Z redo · Esc close. Each change is saved in the lesson file at once.</source>
        <translation>←/→ en bildruta · Shift+←/→ en sekund · PgUp/PgDn stopppunkterna · S sätt ett stopppunkt här · M flytta det valda stopppunktet hit · Delete ta bort stopppunktet här · Enter dess namn · Ctrl+Z ångra · Ctrl+Shift+Z gör om · Esc stäng. Varje ändring sparas direkt i lektionsfilen.</translation>
    </message>
    <message>
        <source>No stop points yet: go to a frame and press S.</source>
        <translation>Inga stopppunkter än: gå till en bildruta och tryck S.</translation>
    </message>
    <message>
        <source>(no label)</source>
        <translation>(inget namn)</translation>
    </message>
    <message>
        <source>no question yet</source>
        <translation>ingen fråga ännu</translation>
    </message>
</context>
</TS>
