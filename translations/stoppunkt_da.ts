<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da">
<context>
    <name>Action</name>
    <message>
        <source>Next: build, film, question, then slide</source>
        <translation>Næste: punkt, film, spørgsmål, så dias</translation>
    </message>
    <message>
        <source>Previous step or slide</source>
        <translation>Forrige trin eller dias</translation>
    </message>
    <message>
        <source>First slide</source>
        <translation>Første dias</translation>
    </message>
    <message>
        <source>Last slide</source>
        <translation>Sidste dias</translation>
    </message>
    <message>
        <source>Black screen on the projector (toggle)</source>
        <translation>Sort projektor (til og fra)</translation>
    </message>
    <message>
        <source>White screen on the projector (toggle)</source>
        <translation>Hvid projektor (til og fra)</translation>
    </message>
    <message>
        <source>Start or resume: projector full screen, blank off, timer on</source>
        <translation>Start eller fortsæt: projektoren i fuld skærm, ikke mørklagt, uret kører</translation>
    </message>
    <message>
        <source>Leave blank, an overlay or full screen (never quits)</source>
        <translation>Forlad sort skærm, et overblik eller fuld skærm (lukker aldrig)</translation>
    </message>
    <message>
        <source>Quit (asks first)</source>
        <translation>Afslut (spørger først)</translation>
    </message>
    <message>
        <source>Pause or run the elapsed timer</source>
        <translation>Stop eller start uret</translation>
    </message>
    <message>
        <source>Reset the elapsed timer</source>
        <translation>Nulstil uret</translation>
    </message>
    <message>
        <source>Overview of all slides, to jump</source>
        <translation>Overblik over alle dias, til at springe</translation>
    </message>
    <message>
        <source>This help</source>
        <translation>Denne hjælp</translation>
    </message>
    <message>
        <source>Larger notes</source>
        <translation>Større noter</translation>
    </message>
    <message>
        <source>Smaller notes</source>
        <translation>Mindre noter</translation>
    </message>
    <message>
        <source>Scroll the notes down (when they do not fit)</source>
        <translation>Rul noterne ned (når de ikke kan være der)</translation>
    </message>
    <message>
        <source>Scroll the notes up</source>
        <translation>Rul noterne op</translation>
    </message>
    <message>
        <source>Swap the projector and console screens</source>
        <translation>Byt projektorens og din skærm</translation>
    </message>
    <message>
        <source>Reveal the right answer</source>
        <translation>Vis det rigtige svar</translation>
    </message>
    <message>
        <source>Undo the last pick</source>
        <translation>Fortryd det sidste gæt</translation>
    </message>
    <message>
        <source>Replay the film segment from its start</source>
        <translation>Afspil filmklippet forfra</translation>
    </message>
    <message>
        <source>Film subtitles on or off</source>
        <translation>Filmens undertekster til og fra</translation>
    </message>
    <message>
        <source>Pause or resume the film</source>
        <translation>Sæt filmen på pause eller fortsæt</translation>
    </message>
    <message>
        <source>Film back 10 seconds</source>
        <translation>Filmen 10 sekunder tilbage</translation>
    </message>
    <message>
        <source>Film louder</source>
        <translation>Filmen højere</translation>
    </message>
    <message>
        <source>Film softer</source>
        <translation>Filmen lavere</translation>
    </message>
    <message>
        <source>Write the room&apos;s answers on the flip chart (flip-chart slides)</source>
        <translation>Skriv deltagernes svar på flipoveren (flipover-dias)</translation>
    </message>
    <message>
        <source>Open another lesson (on the summary slide, its choices come first)</source>
        <translation>Åbn en anden lektion (på opsamlingsdiasset står dets valg først)</translation>
    </message>
    <message>
        <source>Console language: dansk, norsk, svenska, English (remembered)</source>
        <translation>Sprog på din skærm: dansk, norsk, svenska, English (huskes)</translation>
    </message>
    <message>
        <source>Author mode: print the film&apos;s position as a stop point</source>
        <translation>Forfattertilstand: skriv filmens position som stoppunkt</translation>
    </message>
    <message>
        <source>The room answers from their phones: on or off (the room&apos;s Wi-Fi, nothing leaves it)</source>
        <translation>Deltagerne svarer fra deres telefoner: til eller fra (lokalets wi-fi, intet forlader det)</translation>
    </message>
    <message>
        <source>The join card on the projector: QR code and room code</source>
        <translation>Deltagerkortet på projektoren: QR-kode og rumkode</translation>
    </message>
    <message>
        <source>Open or close the room&apos;s vote on this question</source>
        <translation>Åbn eller luk deltagernes afstemning om dette spørgsmål</translation>
    </message>
    <message>
        <source>Show or hide the room&apos;s votes on the projector</source>
        <translation>Vis eller skjul deltagernes stemmer på projektoren</translation>
    </message>
    <message>
        <source>Put the room&apos;s first suggestion on the flip chart</source>
        <translation>Sæt deltagernes første forslag på flipoveren</translation>
    </message>
    <message>
        <source>Drop the room&apos;s first suggestion</source>
        <translation>Kassér deltagernes første forslag</translation>
    </message>
    <message>
        <source>Where the room&apos;s phones join: choose the network (remembered)</source>
        <translation>Hvor deltagernes telefoner kobler på: vælg netværket (huskes)</translation>
    </message>
    <message>
        <source>Pair a phone as your remote: its code on the console, never on the projector</source>
        <translation>Par en telefon som din fjernbetjening: koden vises på konsollen, aldrig på projektoren</translation>
    </message>
    <message>
        <source>Drop the paired remote</source>
        <translation>Fjern den parrede fjernbetjening</translation>
    </message>
    <message>
        <source>Close the room to new phones once everyone is in, or open it again</source>
        <translation>Luk rummet for nye telefoner, når alle er med, eller åbn det igen</translation>
    </message>
    <message>
        <source>Pointer on the projector: the mouse over the slide moves it</source>
        <translation>Pegepind på projektoren: musen over diasset flytter den</translation>
    </message>
    <message>
        <source>Spotlight: all but the pointer&apos;s circle dimmed</source>
        <translation>Spotlys: alt undtagen pegepindens cirkel dæmpet</translation>
    </message>
    <message>
        <source>Pen: draw on the slide with the mouse, a tablet or touch</source>
        <translation>Pen: tegn på diasset med musen, en tegneplade eller touch</translation>
    </message>
    <message>
        <source>Highlighter</source>
        <translation>Overstregningspen</translation>
    </message>
    <message>
        <source>Eraser: removes the stroke under it</source>
        <translation>Viskelæder: fjerner stregen under det</translation>
    </message>
    <message>
        <source>Undo the last stroke, erase or clear</source>
        <translation>Fortryd sidste streg, visk eller rydning</translation>
    </message>
    <message>
        <source>Clear this slide&apos;s strokes</source>
        <translation>Ryd diassets streger</translation>
    </message>
    <message>
        <source>Pen colour: red, blue, green, black</source>
        <translation>Penfarve: rød, blå, grøn, sort</translation>
    </message>
    <message>
        <source>Pen width: thin, medium, thick</source>
        <translation>Penbredde: tynd, mellem, tyk</translation>
    </message>
    <message>
        <source>Zoom in where the mouse is (the wheel zooms, a drag pans)</source>
        <translation>Zoom ind, hvor musen er (hjulet zoomer, træk flytter)</translation>
    </message>
    <message>
        <source>Author mode: set, move and label the film&apos;s stop points on its timeline</source>
        <translation>Forfattertilstand: sæt, flyt og navngiv filmens stoppunkter på dens tidslinje</translation>
    </message>
    <message>
        <source>Author mode: write this slide&apos;s notes</source>
        <translation>Forfattertilstand: skriv dette dias&apos; noter</translation>
    </message>
    <message>
        <source>Author mode: write the question at this film stop (or edit this question)</source>
        <translation>Forfattertilstand: skriv spørgsmålet ved dette stoppunkt (eller ret dette spørgsmål)</translation>
    </message>
    <message>
        <source>Author mode: move this slide one place earlier</source>
        <translation>Forfattertilstand: flyt dette dias én plads frem</translation>
    </message>
    <message>
        <source>Author mode: move this slide one place later</source>
        <translation>Forfattertilstand: flyt dette dias én plads tilbage</translation>
    </message>
    <message>
        <source>Author mode: copy this slide</source>
        <translation>Forfattertilstand: kopiér dette dias</translation>
    </message>
    <message>
        <source>Author mode: delete this slide</source>
        <translation>Forfattertilstand: slet dette dias</translation>
    </message>
    <message>
        <source>Author mode: change this slide&apos;s title</source>
        <translation>Forfattertilstand: ret dette dias&apos; titel</translation>
    </message>
    <message>
        <source>Author mode: split this deck slide in two at the build step shown</source>
        <translation>Forfattertilstand: del dette præsentationsdias i to ved det viste trin</translation>
    </message>
    <message>
        <source>Author mode: undo the last change to the lesson file</source>
        <translation>Forfattertilstand: fortryd den seneste ændring af lektionsfilen</translation>
    </message>
    <message>
        <source>Author mode: redo the change undone last</source>
        <translation>Forfattertilstand: gentag den senest fortrudte ændring</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message numerus="yes">
        <source>%n slides</source>
        <translation>
            <numerusform>%n dias</numerusform>
            <numerusform>%n dias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n films</source>
        <translation>
            <numerusform>%n film</numerusform>
            <numerusform>%n film</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stop points</source>
        <translation>
            <numerusform>%n stoppunkt</numerusform>
            <numerusform>%n stoppunkter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n questions</source>
        <translation>
            <numerusform>%n spørgsmål</numerusform>
            <numerusform>%n spørgsmål</numerusform>
        </translation>
    </message>
    <message>
        <source>OK: %1</source>
        <translation>OK: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n errors</source>
        <translation>
            <numerusform>%1: %n fejl</numerusform>
            <numerusform>%1: %n fejl</numerusform>
        </translation>
    </message>
    <message>
        <source>Stoppunkt presents a training lesson on two screens: the projector for the room, a private console for the facilitator.</source>
        <translation>Stoppunkt viser en undervisningslektion på to skærme: projektoren til deltagerne og en privat skærm til mødelederen.</translation>
    </message>
    <message>
        <source>Check the lesson files and print every problem. Exit 0 when all are valid, 1 on lesson errors, 2 on usage errors.</source>
        <translation>Kontrollér lektionsfilerne og skriv hvert problem ud. Afslutter med 0 når alle er gyldige, 1 ved fejl i en lektion, 2 ved forkert brug.</translation>
    </message>
    <message>
        <source>With --validate: show the result in a window instead of the terminal (the desktop menu&apos;s &quot;Check a lesson&quot;).</source>
        <translation>Med --validate: vis resultatet i et vindue i stedet for terminalen (skrivebordsmenuens &quot;Kontrollér en lektion&quot;).</translation>
    </message>
    <message>
        <source>Print one line per slide, with question options (* = right) and film segments, for review.</source>
        <translation>Skriv én linje pr. dias med svarmuligheder (* = rigtigt) og filmklip, til gennemsyn.</translation>
    </message>
    <message>
        <source>Step through the lesson as a Next-only clicker would, writing step-NNN-projector.png and step-NNN-console.png into &lt;dir&gt;, then exit.</source>
        <translation>Gå lektionen igennem som en fjernbetjening med kun Næste, skriv step-NNN-projector.png og step-NNN-console.png i &lt;mappe&gt;, og afslut.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>mappe</translation>
    </message>
    <message>
        <source>Window size for --walkthrough (default 1920x1080).</source>
        <translation>Vinduesstørrelse til --walkthrough (standard 1920x1080).</translation>
    </message>
    <message>
        <source>WxH</source>
        <translation>BxH</translation>
    </message>
    <message>
        <source>Rehearsal: both windows as normal windows, nothing full screen.</source>
        <translation>Generalprøve: begge vinduer som almindelige vinduer, intet i fuld skærm.</translation>
    </message>
    <message>
        <source>Put the projector window on the screen with this name.</source>
        <translation>Læg projektorvinduet på skærmen med dette navn.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>navn</translation>
    </message>
    <message>
        <source>Print the time from start until both windows have painted the first slide.</source>
        <translation>Skriv tiden fra start, til begge vinduer har tegnet det første dias.</translation>
    </message>
    <message>
        <source>Quit once both windows have painted (for benchmarks).</source>
        <translation>Afslut, så snart begge vinduer er tegnet (til måling af ydelse).</translation>
    </message>
    <message>
        <source>How the projector draws the film: gl (OpenGL), sw (software) or auto (gl where OpenGL works).</source>
        <translation>Hvordan projektoren tegner filmen: gl (OpenGL), sw (software) eller auto (gl hvor OpenGL virker).</translation>
    </message>
    <message>
        <source>Write the exact frame shown at each stop point as &lt;dir&gt;/stop-N.png at the film&apos;s size, then exit.</source>
        <translation>Gem det præcise billede, der vises ved hvert stoppunkt, som &lt;mappe&gt;/stop-N.png i filmens størrelse, og afslut.</translation>
    </message>
    <message>
        <source>Author mode: M prints the film&apos;s position as a stop-point entry.</source>
        <translation>Forfattertilstand: M skriver filmens position som et stoppunkt.</translation>
    </message>
    <message>
        <source>Resume the interrupted session of this lesson without asking.</source>
        <translation>Fortsæt den afbrudte session af denne lektion uden at spørge.</translation>
    </message>
    <message>
        <source>Write the summary of a session record (SESSION.json) as a PDF; give the file with -o.</source>
        <translation>Skriv opsummeringen af en sessionslog (SESSION.json) som PDF; angiv filen med -o.</translation>
    </message>
    <message>
        <source>session</source>
        <translation>session</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fil</translation>
    </message>
    <message>
        <source>Press these keys once the windows show, e.g. &quot;Right,Right,2&quot;; &quot;flipchart:TEXT&quot; adds a flip-chart entry; &quot;lesson:N&quot; opens the summary slide&apos;s Nth lesson, &quot;lesson:FILE&quot; any lesson (for automation).</source>
        <translation>Tryk disse taster, når vinduerne vises, f.eks. &quot;Right,Right,2&quot;; &quot;flipchart:TEKST&quot; tilføjer et punkt på flipoveren; &quot;lesson:N&quot; åbner opsamlingsdiassets N&apos;te lektion, &quot;lesson:FIL&quot; en vilkårlig lektion (til automatisering).</translation>
    </message>
    <message>
        <source>keys</source>
        <translation>taster</translation>
    </message>
    <message>
        <source>Print the session&apos;s state as JSON once the windows show (for automation).</source>
        <translation>Skriv sessionens tilstand som JSON, når vinduerne vises (til automatisering).</translation>
    </message>
    <message>
        <source>Write the facilitator&apos;s handout (two slides per page, with their notes) as a PDF, then exit.</source>
        <translation>Skriv mødelederens hæfte (to dias pr. side med deres noter) som PDF, og afslut.</translation>
    </message>
    <message>
        <source>pdf</source>
        <translation>pdf</translation>
    </message>
    <message>
        <source>Reload the lesson when its file changes, staying on the same slide (live preview).</source>
        <translation>Indlæs lektionen igen, når filen ændres, og bliv på samme dias (direkte forhåndsvisning).</translation>
    </message>
    <message>
        <source>The language of the console, the dialogs and these messages: da, nb, sv or en. Without it, the language last chosen in the console (key L), else the system&apos;s.</source>
        <translation>Sproget på din skærm, i dialogerne og i disse beskeder: da, nb, sv eller en. Uden det: det sprog, der sidst blev valgt på skærmen (tasten L), ellers systemets.</translation>
    </message>
    <message>
        <source>Lesson file(s) (lesson.json).</source>
        <translation>Lektionsfil(er) (lesson.json).</translation>
    </message>
    <message>
        <source>--ui-language takes da, nb, sv or en</source>
        <translation>--ui-language tager da, nb, sv eller en</translation>
    </message>
    <message>
        <source>--video-output takes gl, sw or auto</source>
        <translation>--video-output tager gl, sw eller auto</translation>
    </message>
    <message>
        <source>--size takes WIDTHxHEIGHT, like 1920x1080</source>
        <translation>--size tager BREDDExHØJDE, f.eks. 1920x1080</translation>
    </message>
    <message>
        <source>--report SESSION.json needs -o report.pdf, and nothing else</source>
        <translation>--report SESSION.json kræver -o rapport.pdf og intet andet</translation>
    </message>
    <message>
        <source>%1 takes exactly one lesson file</source>
        <translation>%1 tager præcis én lektionsfil</translation>
    </message>
    <message>
        <source>give one lesson to present</source>
        <translation>angiv én lektion, der skal vises</translation>
    </message>
    <message>
        <source>The lesson is ready</source>
        <translation>Lektionen er klar</translation>
    </message>
    <message>
        <source>The lesson has problems</source>
        <translation>Lektionen har problemer</translation>
    </message>
    <message>
        <source>Try &apos;stoppunkt --help&apos; for more information.</source>
        <translation>Prøv &apos;stoppunkt --help&apos; for at få mere at vide.</translation>
    </message>
    <message>
        <source>there is no display to show the windows on (DISPLAY is not set). Start it in a desktop session, or use --walkthrough, --validate or --outline.</source>
        <translation>der er ingen skærm at vise vinduerne på (DISPLAY er ikke sat). Start programmet i en skrivebordssession, eller brug --walkthrough, --validate eller --outline.</translation>
    </message>
    <message numerus="yes">
        <source>wrote %1 (%n pages)</source>
        <translation>
            <numerusform>skrev %1 (%n side)</numerusform>
            <numerusform>skrev %1 (%n sider)</numerusform>
        </translation>
    </message>
    <message>
        <source>the record&apos;s lesson %1 cannot be read:</source>
        <translation>loggens lektion %1 kan ikke læses:</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>kan ikke oprette %1</translation>
    </message>
    <message>
        <source>the film did not load</source>
        <translation>filmen blev ikke indlæst</translation>
    </message>
    <message>
        <source>the film did not reach stop point %1</source>
        <translation>filmen nåede ikke stoppunkt %1</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>kan ikke skrive %1</translation>
    </message>
    <message numerus="yes">
        <source>wrote %n stop frames to %1</source>
        <translation>
            <numerusform>skrev %n stopbillede i %1</numerusform>
            <numerusform>skrev %n stopbilleder i %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>wrote %n steps to %1</source>
        <translation>
            <numerusform>skrev %n trin i %1</numerusform>
            <numerusform>skrev %n trin i %1</numerusform>
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
        <translation>adresse</translation>
    </message>
    <message>
        <source>--room-address takes an IP address, like 192.168.1.20</source>
        <translation>--room-address tager en IP-adresse, f.eks. 192.168.1.20</translation>
    </message>
    <message>
        <source>The address the room&apos;s phones connect to when participation is on (Ctrl+J by default). Without it, this computer&apos;s address on the local network.</source>
        <translation>Adressen, som deltagernes telefoner forbinder til, når de kan svare (som standard Ctrl+J). Uden den: denne computers adresse på det lokale netværk.</translation>
    </message>
    <message>
        <source>With --handout: print the strokes drawn in this session record (SESSION.json) on their slides.</source>
        <translation>Med --handout: udskriv stregerne, der blev tegnet i denne sessionslog (SESSION.json), på deres dias.</translation>
    </message>
    <message>
        <source>--drawings SESSION.json goes with --handout</source>
        <translation>--drawings SESSION.json hører sammen med --handout</translation>
    </message>
    <message>
        <source>%1 has no state to take the drawings from</source>
        <translation>%1 har ingen tilstand at hente tegningerne fra</translation>
    </message>
    <message>
        <source>Present it with: stoppunkt %1</source>
        <translation>Vis den med: stoppunkt %1</translation>
    </message>
    <message>
        <source>The report&apos;s PDF file, or the lesson folder an import writes.</source>
        <translation>Rapportens PDF-fil, eller den lektionsmappe en import skriver.</translation>
    </message>
    <message>
        <source>Bring a deck in as a lesson: write the lesson folder given with -o, with one page slide per page, its titles and its speaker notes. Takes a PDF (notes from a .pdfpc file beside it), a PowerPoint .pptx or an Impress .odp (pages drawn by LibreOffice).</source>
        <translation>Hent en præsentation ind som lektion: skriv lektionsmappen givet med -o, med ét sidedias pr. side, dens titler og dens talenoter. Tager en PDF (noter fra en .pdfpc-fil ved siden af), en PowerPoint .pptx eller en Impress .odp (siderne tegnes af LibreOffice).</translation>
    </message>
    <message>
        <source>deck</source>
        <translation>præsentation</translation>
    </message>
    <message>
        <source>With --import: overwrite a lesson.json that differs from the import (the old one is kept as lesson.json.bak).</source>
        <translation>Med --import: overskriv en lesson.json, der afviger fra importen (den gamle gemmes som lesson.json.bak).</translation>
    </message>
    <message>
        <source>--import DECK needs -o FOLDER, the lesson folder to write, and nothing else</source>
        <translation>--import PRÆSENTATION kræver -o MAPPE, lektionsmappen der skal skrives, og intet andet</translation>
    </message>
    <message>
        <source>--replace goes with --import</source>
        <translation>--replace hører sammen med --import</translation>
    </message>
    <message>
        <source>%1 and %2 cannot be combined</source>
        <translation>%1 og %2 kan ikke kombineres</translation>
    </message>
    <message>
        <source>%1 needs at least one lesson file</source>
        <translation>%1 kræver mindst én lektionsfil</translation>
    </message>
    <message>
        <source>Stoppunkt</source>
        <translation>Stoppunkt</translation>
    </message>
    <message>
        <source>The lesson %1 has errors and cannot be opened:

%2</source>
        <translation>Lektionen %1 har fejl og kan ikke åbnes:

%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; draws nothing here</source>
        <translation>&quot;%1&quot; tegner intet her</translation>
    </message>
    <message>
        <source>cannot open lesson &quot;%1&quot;</source>
        <translation>kan ikke åbne lektionen &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a key here</source>
        <translation>&quot;%1&quot; er ikke en tast her</translation>
    </message>
    <message>
        <source>Accessibility: nothing found</source>
        <translation>Tilgængelighed: intet fundet</translation>
    </message>
    <message numerus="yes">
        <source>Accessibility: %n warnings</source>
        <translation>
            <numerusform>Tilgængelighed: %n advarsel</numerusform>
            <numerusform>Tilgængelighed: %n advarsler</numerusform>
        </translation>
    </message>
    <message>
        <source>With --validate: also warn about what keeps some trainees out: a page slide with no text alternative, a film with no subtitles in the lesson&apos;s language, text drawn too small to read from the back of the room.</source>
        <translation>Med --validate: advar også om det, der holder nogle kursister ude: et sidedias uden tekstalternativ, en film uden undertekster på lektionens sprog, tekst tegnet for lille til at læse fra bagerste række.</translation>
    </message>
</context>
<context>
    <name>Console</name>
    <message>
        <source>Go to slide %1: Enter</source>
        <translation>Gå til dias %1: Enter</translation>
    </message>
</context>
<context>
    <name>ConsolePanels</name>
    <message>
        <source>Right answer: no. %1</source>
        <translation>Rigtigt svar: nr. %1</translation>
    </message>
    <message>
        <source>The question comes at the stop point.</source>
        <translation>Spørgsmålet kommer ved stoppunktet.</translation>
    </message>
    <message>
        <source>Discussing: the room sees no marks.</source>
        <translation>Drøftelse: deltagerne ser ingen markeringer.</translation>
    </message>
    <message numerus="yes">
        <source>Picking: %n wrong so far.</source>
        <translation>
            <numerusform>Gruppen gætter: %n forkert indtil nu.</numerusform>
            <numerusform>Gruppen gætter: %n forkerte indtil nu.</numerusform>
        </translation>
    </message>
    <message>
        <source>Keys 1–%1 pick, %2 reveals, %3 undoes.</source>
        <translation>1–%1 vælger et svar, %2 viser det rigtige, %3 fortryder.</translation>
    </message>
    <message>
        <source>Found by picking: no. %1. Next goes on.</source>
        <translation>Gruppen fandt det: nr. %1. Næste går videre.</translation>
    </message>
    <message>
        <source>Revealed. Next goes on.</source>
        <translation>Svaret er vist. Næste går videre.</translation>
    </message>
    <message>
        <source>[pick %1]</source>
        <translation>[gæt %1]</translation>
    </message>
    <message>
        <source>cannot play</source>
        <translation>kan ikke afspilles</translation>
    </message>
    <message>
        <source>loading…</source>
        <translation>indlæser …</translation>
    </message>
    <message>
        <source>paused (%1 resumes)</source>
        <translation>på pause (%1 fortsætter)</translation>
    </message>
    <message>
        <source>playing</source>
        <translation>afspiller</translation>
    </message>
    <message>
        <source>at the stop point</source>
        <translation>ved stoppunktet</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>slut</translation>
    </message>
    <message>
        <source>ready: Next starts the film</source>
        <translation>klar: Næste starter filmen</translation>
    </message>
    <message>
        <source>This lesson has no film.</source>
        <translation>Denne lektion har ingen film.</translation>
    </message>
    <message>
        <source>No film on this slide.</source>
        <translation>Ingen film på dette dias.</translation>
    </message>
    <message>
        <source>to the end</source>
        <translation>til slutningen</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 om %2</translation>
    </message>
    <message>
        <source>subtitles on (%1 hides)</source>
        <translation>undertekster til (%1 skjuler)</translation>
    </message>
    <message>
        <source>subtitles off (%1 shows)</source>
        <translation>undertekster fra (%1 viser)</translation>
    </message>
    <message>
        <source>NEXT LESSON  (%1 opens the one the group chose)</source>
        <translation>NÆSTE LEKTION  (%1 åbner den, gruppen valgte)</translation>
    </message>
    <message>
        <source>%1 %2 (not found)</source>
        <translation>%1 %2 (findes ikke)</translation>
    </message>
    <message>
        <source>FLIP CHART  (%1 writes, click an entry to edit it)</source>
        <translation>FLIPOVER  (%1 skriver, klik på et punkt for at rette det)</translation>
    </message>
    <message>
        <source>No entries yet.</source>
        <translation>Intet skrevet endnu.</translation>
    </message>
    <message>
        <source>Summary  —  %1 of %2 planned</source>
        <translation>Opsummering  —  %1 af planlagt %2</translation>
    </message>
    <message>
        <source>Summary  —  %1</source>
        <translation>Opsummering  —  %1</translation>
    </message>
    <message>
        <source>no picks</source>
        <translation>ingen gæt</translation>
    </message>
    <message>
        <source>picks %1</source>
        <translation>gæt %1</translation>
    </message>
    <message>
        <source>found in %1</source>
        <translation>fundet på %1</translation>
    </message>
    <message>
        <source>revealed after %1</source>
        <translation>vist efter %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n flip-chart entries</source>
        <translation>
            <numerusform>%1: %n punkt på flipoveren</numerusform>
            <numerusform>%1: %n punkter på flipoveren</numerusform>
        </translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Taster</translation>
    </message>
    <message>
        <source>1–6 pick an option at a question. Elsewhere, type a slide number and press Enter to jump. Keys can be changed in %1.</source>
        <translation>1–6 vælger et svar ved et spørgsmål. Andre steder: skriv et diasnummer og tryk Enter for at springe dertil. Tasterne kan ændres i %1.</translation>
    </message>
</context>
<context>
    <name>DeckCheck</name>
    <message>
        <source>cannot be opened</source>
        <translation>kan ikke åbnes</translation>
    </message>
    <message>
        <source>is not a PDF that can be read (damaged, cut short or another kind of file)</source>
        <translation>er ikke en PDF, der kan læses (beskadiget, afkortet eller en anden slags fil)</translation>
    </message>
    <message>
        <source>is encrypted with a password; export it again without one</source>
        <translation>er krypteret med en adgangskode; eksportér den igen uden</translation>
    </message>
    <message>
        <source>is protected in a way that cannot be opened; export it again without protection</source>
        <translation>er beskyttet på en måde, der ikke kan åbnes; eksportér den igen uden beskyttelse</translation>
    </message>
    <message>
        <source>cannot be read as a PDF</source>
        <translation>kan ikke læses som PDF</translation>
    </message>
    <message>
        <source>has no pages</source>
        <translation>har ingen sider</translation>
    </message>
</context>
<context>
    <name>DeckImport</name>
    <message>
        <source>cannot make a temporary folder for LibreOffice: %1</source>
        <translation>kan ikke oprette en midlertidig mappe til LibreOffice: %1</translation>
    </message>
    <message>
        <source>LibreOffice (%1) did not start: %2</source>
        <translation>LibreOffice (%1) startede ikke: %2</translation>
    </message>
    <message>
        <source>LibreOffice could not convert the deck to PDF (exit code %1): %2</source>
        <translation>LibreOffice kunne ikke konvertere præsentationen til PDF (slutkode %1): %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>kan ikke skrive %1: %2</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: filen findes ikke</translation>
    </message>
    <message>
        <source>%1: the import takes a PDF (.pdf), PowerPoint (.pptx) or Impress (.odp) deck</source>
        <translation>%1: importen tager en PDF- (.pdf), PowerPoint- (.pptx) eller Impress-præsentation (.odp)</translation>
    </message>
    <message>
        <source>%1: drawing the pages of a PowerPoint or Impress deck needs LibreOffice, which is not installed. Install it (sudo apt install libreoffice-impress), or save the deck as PDF and import that.</source>
        <translation>%1: for at tegne siderne i en PowerPoint- eller Impress-præsentation kræves LibreOffice, som ikke er installeret. Installér det (sudo apt install libreoffice-impress), eller gem præsentationen som PDF og importér den.</translation>
    </message>
    <message>
        <source>Converted %1 to PDF with LibreOffice.</source>
        <translation>Konverterede %1 til PDF med LibreOffice.</translation>
    </message>
    <message>
        <source>cannot make the folder %1</source>
        <translation>kan ikke oprette mappen %1</translation>
    </message>
    <message>
        <source>%1 exists and differs from what this import writes (it may hold your edits), so it was left as it is. Import into another folder, or add --replace to overwrite it (the old file is kept as lesson.json.bak).</source>
        <translation>%1 findes og afviger fra det, importen skriver (den kan indeholde dine rettelser), så den blev ikke rørt. Importér til en anden mappe, eller tilføj --replace for at overskrive den (den gamle fil gemmes som lesson.json.bak).</translation>
    </message>
    <message>
        <source>cannot keep the old lesson as %1.bak; nothing was written</source>
        <translation>kan ikke gemme den gamle lektion som %1.bak; intet blev skrevet</translation>
    </message>
    <message>
        <source>Kept the old lesson as %1.bak.</source>
        <translation>Gemte den gamle lektion som %1.bak.</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>kan ikke læse %1: %2</translation>
    </message>
    <message>
        <source>%1 already holds this import; it was left as it is.</source>
        <translation>%1 indeholder allerede denne import; den blev ikke rørt.</translation>
    </message>
    <message>
        <source>the lesson written does not pass its own check (see above); please report this</source>
        <translation>den skrevne lektion består ikke sit eget tjek (se ovenfor); meld det venligst</translation>
    </message>
    <message>
        <source>slide %1: its title was shortened to fit on the console</source>
        <translation>dias %1: titlen blev forkortet, så den passer på konsollen</translation>
    </message>
    <message>
        <source>slide %1: it has more notes than a slide holds; the last ones were joined into one</source>
        <translation>dias %1: det har flere noter, end et dias kan rumme; de sidste blev samlet i én</translation>
    </message>
    <message>
        <source>is not a PowerPoint package that can be read: %1</source>
        <translation>er ikke en PowerPoint-pakke, der kan læses: %1</translation>
    </message>
    <message>
        <source>has no ppt/presentation.xml: it is not a PowerPoint presentation</source>
        <translation>har ingen ppt/presentation.xml: det er ikke en PowerPoint-præsentation</translation>
    </message>
    <message>
        <source>is not an Impress package that can be read: %1</source>
        <translation>er ikke en Impress-pakke, der kan læses: %1</translation>
    </message>
    <message>
        <source>has no content.xml: it is not an Impress presentation</source>
        <translation>har ingen content.xml: det er ikke en Impress-præsentation</translation>
    </message>
    <message>
        <source>cannot be read (larger than 16 MB, or not readable)</source>
        <translation>kan ikke læses (større end 16 MB eller ikke læsbar)</translation>
    </message>
    <message>
        <source>Read %1, written by pdfpc before version 4.5 (its notes are by slide).</source>
        <translation>Læste %1, skrevet af pdfpc før version 4.5 (noterne står pr. dias).</translation>
    </message>
    <message>
        <source>Read %1.</source>
        <translation>Læste %1.</translation>
    </message>
    <message>
        <source>Slide %1 plays a film linked from %2, outside the deck: the slide came in as its page. Copy the film into the lesson folder and add it to the lesson to play it.</source>
        <translation>Dias %1 afspiller en film, der er linket fra %2, uden for præsentationen: diasset kom med som sin side. Kopiér filmen ind i lektionsmappen, og føj den til lektionen for at afspille den.</translation>
    </message>
    <message>
        <source>%1: the film %2 inside it cannot be copied to %3 (damaged, larger than 8 GB, or the folder cannot be written)</source>
        <translation>%1: filmen %2 i den kan ikke kopieres til %3 (beskadiget, større end 8 GB, eller mappen kan ikke skrives)</translation>
    </message>
    <message>
        <source>%1: the file is empty (0 bytes)</source>
        <translation>%1: filen er tom (0 byte)</translation>
    </message>
    <message>
        <source>Wrote %1: &quot;%2&quot;, language %3.</source>
        <translation>Skrev %1: »%2«, sprog %3.</translation>
    </message>
    <message>
        <source>the deck shows %1 slides but LibreOffice&apos;s PDF of it has %2 pages, so the notes cannot be put on their own slides; nothing was imported</source>
        <translation>præsentationen viser %1 dias, men LibreOffices PDF af den har %2 sider, så noterne kan ikke sættes på deres egne dias; intet blev importeret</translation>
    </message>
    <message numerus="yes">
        <source>Slides: %n.</source>
        <translation>
            <numerusform>Dias: %n.</numerusform>
            <numerusform>Dias: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Notes: on %n slides.</source>
        <translation>
            <numerusform>Noter: på %n dias.</numerusform>
            <numerusform>Noter: på %n dias.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n notes were written on a build step&apos;s page; the console shows them at that step.</source>
        <translation>
            <numerusform>%n note blev skrevet på et trins side; konsollen viser den ved det trin.</numerusform>
            <numerusform>%n noter blev skrevet på et trins side; konsollen viser dem ved det trin.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Time plan: %n minutes, as pdfpc planned the talk.</source>
        <translation>
            <numerusform>Tidsplan: %n minut, som pdfpc planlagde oplægget.</numerusform>
            <numerusform>Tidsplan: %n minutter, som pdfpc planlagde oplægget.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Time plan: the rehearsed timings of %n slides.</source>
        <translation>
            <numerusform>Tidsplan: de indøvede tider for %n dias.</numerusform>
            <numerusform>Tidsplan: de indøvede tider for %n dias.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out: %n hidden slides (hidden in the deck, so its PDF has no pages for them).</source>
        <translation>
            <numerusform>Udeladt: %n skjult dias (skjult i præsentationen, så dens PDF har ingen side til det).</numerusform>
            <numerusform>Udeladt: %n skjulte dias (skjult i præsentationen, så dens PDF har ingen sider til dem).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out: %n pages that pdfpc hides.</source>
        <translation>
            <numerusform>Udeladt: %n side, som pdfpc skjuler.</numerusform>
            <numerusform>Udeladt: %n sider, som pdfpc skjuler.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>has no slides to show: all %n of its slides are hidden</source>
        <translation>
            <numerusform>har ingen dias at vise: dens eneste dias er skjult</numerusform>
            <numerusform>har ingen dias at vise: alle %n dias er skjulte</numerusform>
        </translation>
    </message>
    <message>
        <source>has no slides: there is nothing to import</source>
        <translation>har ingen dias: der er intet at importere</translation>
    </message>
    <message>
        <source>is not a pdfpc notes file: pdfpc writes JSON with a &quot;pages&quot; array, or (before pdfpc 4.5) a [notes] section</source>
        <translation>er ikke en pdfpc-notefil: pdfpc skriver JSON med et &quot;pages&quot;-array eller (før pdfpc 4.5) en [notes]-sektion</translation>
    </message>
    <message>
        <source>it is not a zip package, as PowerPoint and Impress files are (another kind of file with this ending, or cut short)</source>
        <translation>den er ikke en zip-pakke, som PowerPoint- og Impress-filer er (en anden slags fil med denne endelse, eller afkortet)</translation>
    </message>
    <message>
        <source>the file is not there</source>
        <translation>filen findes ikke</translation>
    </message>
    <message>
        <source>the file cannot be read (check that you may read it)</source>
        <translation>filen kan ikke læses (tjek, at du har lov til at læse den)</translation>
    </message>
    <message>
        <source>the package is damaged (save it again from PowerPoint or Impress)</source>
        <translation>pakken er beskadiget (gem den igen fra PowerPoint eller Impress)</translation>
    </message>
    <message>
        <source>it is encrypted; save it again without a password</source>
        <translation>den er krypteret; gem den igen uden adgangskode</translation>
    </message>
    <message>
        <source>there is not enough memory to open it</source>
        <translation>der er ikke hukommelse nok til at åbne den</translation>
    </message>
    <message>
        <source>it cannot be opened as a zip package (error %1)</source>
        <translation>den kan ikke åbnes som zip-pakke (fejl %1)</translation>
    </message>
    <message numerus="yes">
        <source>Build steps: %n slides step through their pages (%1 steps in all).</source>
        <translation>
            <numerusform>Trin: %n dias går trin for trin gennem sine sider (%1 trin i alt).</numerusform>
            <numerusform>Trin: %n dias går trin for trin gennem deres sider (%1 trin i alt).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Films: %n packed in the deck, copied beside the lesson (%1). Set their stops with the stop editor.</source>
        <translation>
            <numerusform>Film: %n pakket i præsentationen, kopieret ved siden af lektionen (%1). Sæt dens stoppunkter med stoppunktseditoren.</numerusform>
            <numerusform>Film: %n pakket i præsentationen, kopieret ved siden af lektionen (%1). Sæt deres stoppunkter med stoppunktseditoren.</numerusform>
        </translation>
    </message>
    <message>
        <source>slide %1: its words are too many for a text alternative; write its &quot;description&quot; yourself</source>
        <translation>dias %1: dets ord er for mange til et tekstalternativ; skriv selv dets &quot;description&quot;</translation>
    </message>
</context>
<context>
    <name>FilmProbe</name>
    <message>
        <source>the video library could not start</source>
        <translation>videobiblioteket kunne ikke starte</translation>
    </message>
    <message>
        <source>is a playlist or a reference to other files, not a video file</source>
        <translation>er en afspilningsliste eller en henvisning til andre filer, ikke en videofil</translation>
    </message>
    <message>
        <source>is not a video file that can be played (%1)</source>
        <translation>er ikke en videofil, der kan afspilles (%1)</translation>
    </message>
    <message>
        <source>is a playlist or a reference to other files (%1), not a video file</source>
        <translation>er en afspilningsliste eller en henvisning til andre filer (%1), ikke en videofil</translation>
    </message>
    <message>
        <source>has no video in it</source>
        <translation>indeholder ingen video</translation>
    </message>
    <message>
        <source>is a picture, not a film</source>
        <translation>er et billede, ikke en film</translation>
    </message>
    <message>
        <source>could not be read within %1 s</source>
        <translation>kunne ikke læses inden for %1 s</translation>
    </message>
</context>
<context>
    <name>HandStatus</name>
    <message>
        <source>red</source>
        <translation>rød</translation>
    </message>
    <message>
        <source>blue</source>
        <translation>blå</translation>
    </message>
    <message>
        <source>green</source>
        <translation>grøn</translation>
    </message>
    <message>
        <source>black</source>
        <translation>sort</translation>
    </message>
    <message>
        <source>thin</source>
        <translation>tynd</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>mellem</translation>
    </message>
    <message>
        <source>thick</source>
        <translation>tyk</translation>
    </message>
    <message>
        <source>Pen, %1 and %2: draw on the slide (%3 colour, %4 width, %5 puts it away)</source>
        <translation>Pen, %1 og %2: tegn på diasset (%3 farve, %4 bredde, %5 lægger den væk)</translation>
    </message>
    <message>
        <source>Highlighter: mark the slide (%1 puts it away)</source>
        <translation>Overstregningspen: marker på diasset (%1 lægger den væk)</translation>
    </message>
    <message numerus="yes">
        <source>Eraser: %n strokes on this slide (%1 undoes, %2 puts it away)</source>
        <translation>
            <numerusform>Viskelæder: %n streg på diasset (%1 fortryder, %2 lægger det væk)</numerusform>
            <numerusform>Viskelæder: %n streger på diasset (%1 fortryder, %2 lægger det væk)</numerusform>
        </translation>
    </message>
    <message>
        <source>Zoomed %1×: drag to move, the wheel zooms (%2 shows the whole slide)</source>
        <translation>Zoomet %1×: træk for at flytte, hjulet zoomer (%2 viser hele diasset)</translation>
    </message>
</context>
<context>
    <name>KeyBindings</name>
    <message>
        <source>no key</source>
        <translation>ingen tast</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 eller %2</translation>
    </message>
    <message>
        <source>%1: cannot read the file</source>
        <translation>%1: filen kan ikke læses</translation>
    </message>
    <message>
        <source>%1: not a JSON object (%2 at byte %3); default keys are used</source>
        <translation>%1: ikke et JSON-objekt (%2 ved byte %3); standardtasterne bruges</translation>
    </message>
    <message>
        <source>%1: unknown action &quot;%2&quot;</source>
        <translation>%1: ukendt handling &quot;%2&quot;</translation>
    </message>
    <message>
        <source>; did you mean &quot;%1&quot;?</source>
        <translation>; mente du &quot;%1&quot;?</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be a list of keys, like [&quot;Right&quot;, &quot;Space&quot;]</source>
        <translation>%1: &quot;%2&quot; skal være en liste af taster, f.eks. [&quot;Right&quot;, &quot;Space&quot;]</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot;: &quot;%3&quot; is not a key</source>
        <translation>%1: &quot;%2&quot;: &quot;%3&quot; er ikke en tast</translation>
    </message>
</context>
<context>
    <name>LessonCheck</name>
    <message>
        <source>%1 must be a string, or an array of strings (one per line), found %2</source>
        <translation>%1 skal være en tekst eller en array af tekster (én pr. linje), men er %2</translation>
    </message>
    <message>
        <source>line %1 of %2 must be a non-empty string</source>
        <translation>linje %1 i %2 skal være en tekst, der ikke er tom</translation>
    </message>
    <message>
        <source>an axis</source>
        <translation>en akse</translation>
    </message>
    <message>
        <source>%1 must be &quot;low&quot; or &quot;high&quot;, found %2</source>
        <translation>%1 skal være &quot;low&quot; eller &quot;high&quot;, men er %2</translation>
    </message>
    <message>
        <source>a table has at most 6 columns; this one has %1</source>
        <translation>en tabel har højst 6 kolonner; denne har %1</translation>
    </message>
    <message>
        <source>a table needs at least one row</source>
        <translation>en tabel skal have mindst én række</translation>
    </message>
    <message>
        <source>a table has at most %1 rows, so the room can read them; this one has %2</source>
        <translation>en tabel har højst %1 rækker, så deltagerne kan læse dem; denne har %2</translation>
    </message>
    <message>
        <source>row %1 must be an array of cells, found %2</source>
        <translation>række %1 skal være en array af celler, men er %2</translation>
    </message>
    <message numerus="yes">
        <source>row %1 has %n cells, but the table has %2</source>
        <translation>
            <numerusform>række %1 har %n celle, men tabellen har %2</numerusform>
            <numerusform>række %1 har %n celler, men tabellen har %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n columns</source>
        <translation>
            <numerusform>%n kolonne</numerusform>
            <numerusform>%n kolonner</numerusform>
        </translation>
    </message>
    <message>
        <source>cell %1 of row %2</source>
        <translation>celle %1 i række %2</translation>
    </message>
    <message>
        <source>a 2×2 matrix has exactly 4 quadrants; this one has %1</source>
        <translation>en 2×2-matrix har præcis 4 felter; denne har %1</translation>
    </message>
    <message>
        <source>quadrant %1</source>
        <translation>felt %1</translation>
    </message>
    <message>
        <source>a quadrant</source>
        <translation>et felt</translation>
    </message>
    <message>
        <source>quadrant %1 is at x %2, y %3, where %4 already is</source>
        <translation>felt %1 ligger på x %2, y %3, hvor %4 allerede ligger</translation>
    </message>
    <message>
        <source>a chart has 1 to 4 series; this one has %1</source>
        <translation>et diagram har 1 til 4 serier; dette har %1</translation>
    </message>
    <message>
        <source>&quot;max&quot; must be above 0 and at most 1000000000</source>
        <translation>&quot;max&quot; skal være over 0 og højst 1000000000</translation>
    </message>
    <message>
        <source>a chart has 1 to 12 categories; this one has %1</source>
        <translation>et diagram har 1 til 12 kategorier; dette har %1</translation>
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
            <numerusform>kategori %1 har %n værdi, men diagrammet har %2 serier (én værdi pr. serie)</numerusform>
            <numerusform>kategori %1 har %n værdier, men diagrammet har %2 serier (én værdi pr. serie)</numerusform>
        </translation>
    </message>
    <message>
        <source>value %1 must be a number, found %2</source>
        <translation>værdi %1 skal være et tal, men er %2</translation>
    </message>
    <message>
        <source>value %1 (%2) is negative; bars start at 0</source>
        <translation>værdi %1 (%2) er negativ; søjlerne starter ved 0</translation>
    </message>
    <message>
        <source>value %1 (%2) is above 1000000000; give the values in a larger unit</source>
        <translation>værdi %1 (%2) er over 1000000000; angiv værdierne i en større enhed</translation>
    </message>
    <message>
        <source>value %1 (%2) is above &quot;max&quot; (%3)</source>
        <translation>værdi %1 (%2) er over &quot;max&quot; (%3)</translation>
    </message>
    <message>
        <source>&quot;at&quot; must be between 0 and 24 hours, in seconds</source>
        <translation>&quot;at&quot; skal være mellem 0 og 24 timer, i sekunder</translation>
    </message>
    <message>
        <source>&quot;at&quot; %1 is more than 24 hours into the film; no film is that long</source>
        <translation>&quot;at&quot; %1 er mere end 24 timer inde i filmen; ingen film er så lang</translation>
    </message>
    <message>
        <source>&quot;at&quot; %1 is not a time; write &quot;mm:ss.fff&quot; (&quot;01:23.480&quot;) or seconds (83.48)</source>
        <translation>&quot;at&quot; %1 er ikke et tidspunkt; skriv &quot;mm:ss.fff&quot; (&quot;01:23.480&quot;) eller sekunder (83.48)</translation>
    </message>
    <message>
        <source>&quot;at&quot; must be a time string (&quot;mm:ss.fff&quot;) or a number of seconds, found %1</source>
        <translation>&quot;at&quot; skal være et tidspunkt som tekst (&quot;mm:ss.fff&quot;) eller et antal sekunder, men er %1</translation>
    </message>
    <message>
        <source>a film has at most %1 stop points, so the room can read them; this one has %2</source>
        <translation>en film har højst %1 stoppunkter, så deltagerne kan følge med; denne har %2</translation>
    </message>
    <message>
        <source>stop point %1</source>
        <translation>stoppunkt %1</translation>
    </message>
    <message>
        <source>a stop point</source>
        <translation>et stoppunkt</translation>
    </message>
    <message>
        <source>duplicate stop point id %1 in film %2; stop point ids must be unique</source>
        <translation>stoppunkt-id %1 findes to gange i film %2; et stoppunkts id skal være entydigt</translation>
    </message>
    <message>
        <source>stop point %1 at %2 has the same time as stop point %3</source>
        <translation>stoppunkt %1 ved %2 har samme tid som stoppunkt %3</translation>
    </message>
    <message>
        <source>stop point %1 at %2 comes before the previous stop point %3 at %4; list stop points in time order</source>
        <translation>stoppunkt %1 ved %2 kommer før det forrige stoppunkt %3 ved %4; skriv stoppunkterne i tidsorden</translation>
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
        <translation>film-id %1 findes to gange; en films id skal være entydigt</translation>
    </message>
    <message>
        <source>&quot;fps&quot; must be between 1 and 240 frames a second (films have 23.976 to 60)</source>
        <translation>&quot;fps&quot; skal være mellem 1 og 240 billeder i sekundet (film har 23,976 til 60)</translation>
    </message>
    <message>
        <source> or </source>
        <translation> eller </translation>
    </message>
    <message>
        <source>%1 contains a NUL character</source>
        <translation>%1 indeholder et NUL-tegn</translation>
    </message>
    <message>
        <source>%1 is a URL or protocol (%2); films must be files in the lesson&apos;s folder or the project&apos;s media folder</source>
        <translation>%1 er en URL eller en protokol (%2); film skal være filer i lektionens mappe eller projektets mediemappe</translation>
    </message>
    <message>
        <source>%1 is an absolute path; write it relative to the lesson file</source>
        <translation>%1 er en absolut sti; skriv den i forhold til lektionsfilen</translation>
    </message>
    <message>
        <source>%1 leaves the allowed folders (%2)</source>
        <translation>%1 går uden for de tilladte mapper (%2)</translation>
    </message>
    <message>
        <source>%1 was not found at %2</source>
        <translation>%1 blev ikke fundet på %2</translation>
    </message>
    <message>
        <source>%1 is a link that leads outside the allowed folders (%2)</source>
        <translation>%1 er et link, der fører uden for de tilladte mapper (%2)</translation>
    </message>
    <message>
        <source>%1 is not a regular file</source>
        <translation>%1 er ikke en almindelig fil</translation>
    </message>
    <message>
        <source>subtitles %1</source>
        <translation>underteksterne %1</translation>
    </message>
    <message>
        <source>%1 must be an SRT (.srt) or WebVTT (.vtt) file</source>
        <translation>%1 skal være en SRT-fil (.srt) eller WebVTT-fil (.vtt)</translation>
    </message>
    <message>
        <source>%1; until it exists the film shows without them</source>
        <translation>%1; indtil den findes, vises filmen uden dem</translation>
    </message>
    <message>
        <source>%1 is larger than 4 MB; a film&apos;s subtitles are far smaller</source>
        <translation>%1 er større end 4 MB; en films undertekster er langt mindre</translation>
    </message>
    <message>
        <source>%1 line %2: %3</source>
        <translation>%1, linje %2: %3</translation>
    </message>
    <message>
        <source>film source %1</source>
        <translation>filmkilden %1</translation>
    </message>
    <message>
        <source>%1; until it exists the projector shows a card instead of the film</source>
        <translation>%1; indtil den findes, viser projektoren et kort i stedet for filmen</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>stop point %1 at %2 is after the end of the film, which runs %3</source>
        <translation>stoppunkt %1 ved %2 ligger efter filmens slutning; filmen varer %3</translation>
    </message>
    <message>
        <source>refers to film %1, but the lesson has no film with that id; add it under &quot;films&quot;</source>
        <translation>henviser til film %1, men lektionen har ingen film med det id; tilføj den under &quot;films&quot;</translation>
    </message>
    <message>
        <source>refers to film %1, but the lesson has no film with that id; did you mean %2?</source>
        <translation>henviser til film %1, men lektionen har ingen film med det id; mente du %2?</translation>
    </message>
    <message>
        <source>refers to film %1, but the lesson has no film with that id; its films are %2</source>
        <translation>henviser til film %1, men lektionen har ingen film med det id; dens film er %2</translation>
    </message>
    <message>
        <source>refers to stop point %1, but film %2 has no stop points</source>
        <translation>henviser til stoppunkt %1, men film %2 har ingen stoppunkter</translation>
    </message>
    <message>
        <source>refers to stop point %1, but film %2 has no such stop point; did you mean %3?</source>
        <translation>henviser til stoppunkt %1, men film %2 har ikke det stoppunkt; mente du %3?</translation>
    </message>
    <message>
        <source>refers to stop point %1, but film %2 has only %3</source>
        <translation>henviser til stoppunkt %1, men film %2 har kun %3</translation>
    </message>
    <message>
        <source>slide id %1 is already the id of slide %2; slide ids must be unique</source>
        <translation>dias-id %1 er allerede id for dias %2; et dias&apos; id skal være entydigt</translation>
    </message>
    <message>
        <source>stop point %1 is already asked about on slide %2</source>
        <translation>der bliver allerede spurgt om stoppunkt %1 på dias %2</translation>
    </message>
    <message>
        <source>the segment ends at stop point %1, which is not after where it starts, %2</source>
        <translation>klippet slutter ved stoppunkt %1, som ikke ligger efter, hvor det starter, %2</translation>
    </message>
    <message>
        <source>no question is asked at stop point %1 (%2)</source>
        <translation>der stilles intet spørgsmål ved stoppunkt %1 (%2)</translation>
    </message>
    <message>
        <source>lesson id %1 must be a folder name of lowercase letters, digits and &apos;-&apos;, such as &quot;kundetyper&quot;</source>
        <translation>lektions-id %1 skal være et mappenavn af små bogstaver, cifre og &apos;-&apos;, f.eks. &quot;kundetyper&quot;</translation>
    </message>
    <message>
        <source>lesson %1 links to a file outside the lessons folder (%2); a linked lesson must be a real lesson.json beside this one</source>
        <translation>lektion %1 henviser til en fil uden for lektionsmappen (%2); en henvist lektion skal være en rigtig lesson.json ved siden af denne</translation>
    </message>
    <message>
        <source>lesson %1 is not found: there is no ../%2/lesson.json beside this lesson&apos;s folder</source>
        <translation>lektion %1 findes ikke: der er ingen ../%2/lesson.json ved siden af denne lektions mappe</translation>
    </message>
    <message>
        <source>this text is %1 characters long; at most %2 fit here (put more in the notes or the handout)</source>
        <translation>denne tekst er %1 tegn lang; her er der plads til højst %2 (læg resten i noterne eller hæftet)</translation>
    </message>
    <message>
        <source>this text stacks %1 combining marks on one letter; at most %2 are allowed, so they stay on their line</source>
        <translation>denne tekst stabler %1 kombinerende tegn på ét bogstav; højst %2 er tilladt, så de bliver på deres linje</translation>
    </message>
    <message>
        <source>JSON syntax error: %1</source>
        <translation>JSON-syntaksfejl: %1</translation>
    </message>
    <message>
        <source>the number %1 is too large; numbers must stay within ±1.7e308</source>
        <translation>tallet %1 er for stort; tal skal ligge inden for ±1.7e308</translation>
    </message>
    <message>
        <source>duplicate key; an object may name each key once, and the later value would silently replace the earlier one</source>
        <translation>nøglen findes to gange; et objekt må kun nævne hver nøgle én gang, ellers ville den senere værdi i al stilhed erstatte den første</translation>
    </message>
    <message>
        <source>nesting is deeper than %1 levels; a lesson never needs that many</source>
        <translation>indlejringen er dybere end %1 niveauer; en lektion har aldrig brug for så mange</translation>
    </message>
    <message>
        <source>unsupported format version %1; this version of Stoppunkt reads format 1</source>
        <translation>formatversion %1 understøttes ikke; denne version af Stoppunkt læser format 1</translation>
    </message>
    <message>
        <source>id %1 must be lowercase letters, digits and single hyphens, like &quot;konflikter-med-kunder&quot;</source>
        <translation>id %1 skal bestå af små bogstaver, cifre og enkelte bindestreger, f.eks. &quot;konflikter-med-kunder&quot;</translation>
    </message>
    <message>
        <source>language %1 is not a BCP 47 tag such as &quot;da&quot;, &quot;nb&quot; or &quot;sv-SE&quot;</source>
        <translation>sproget %1 er ikke et BCP 47-sprogmærke som &quot;da&quot;, &quot;nb&quot; eller &quot;sv-SE&quot;</translation>
    </message>
    <message>
        <source>the file is empty; a lesson is a JSON object: { &quot;format&quot;: 1, … }</source>
        <translation>filen er tom; en lektion er et JSON-objekt: { &quot;format&quot;: 1, … }</translation>
    </message>
    <message>
        <source>JSON syntax error: JSON allows no comments; put notes for authors in &quot;notes&quot;, or remove the comment</source>
        <translation>JSON-syntaksfejl: JSON tillader ingen kommentarer; skriv noter til forfattere i &quot;notes&quot;, eller fjern kommentaren</translation>
    </message>
    <message>
        <source>JSON syntax error: a comma before &apos;%1&apos;; JSON allows no comma after the last item</source>
        <translation>JSON-syntaksfejl: et komma før &apos;%1&apos;; JSON tillader intet komma efter det sidste element</translation>
    </message>
    <message>
        <source>the lesson cannot be read: %1</source>
        <translation>lektionen kan ikke læses: %1</translation>
    </message>
    <message>
        <source>cannot open the lesson: no such file</source>
        <translation>kan ikke åbne lektionen: filen findes ikke</translation>
    </message>
    <message>
        <source>cannot open the lesson: not a regular file</source>
        <translation>kan ikke åbne lektionen: ikke en almindelig fil</translation>
    </message>
    <message>
        <source>cannot read the lesson: %1</source>
        <translation>kan ikke læse lektionen: %1</translation>
    </message>
    <message>
        <source>the lesson file is %1 bytes; lessons are limited to %2 bytes (put films and pictures in their own files)</source>
        <translation>lektionsfilen er på %1 byte; lektioner må højst være på %2 byte (læg film og billeder i deres egne filer)</translation>
    </message>
    <message>
        <source>the lesson file is %1; lessons are limited to %2 (put films and pictures in their own files)</source>
        <translation>lektionsfilen er på %1; lektioner må højst være på %2 (læg film og billeder i deres egne filer)</translation>
    </message>
    <message>
        <source>cannot read the lesson: permission denied or unreadable</source>
        <translation>kan ikke læse lektionen: adgang nægtet eller ulæselig</translation>
    </message>
    <message>
        <source>%1 must be an object, found %2</source>
        <translation>%1 skal være et objekt, men er %2</translation>
    </message>
    <message>
        <source>unknown key %1 in %2; did you mean %3?</source>
        <translation>ukendt nøgle %1 i %2; mente du %3?</translation>
    </message>
    <message>
        <source>unknown key %1 in %2; allowed keys are %3</source>
        <translation>ukendt nøgle %1 i %2; de tilladte nøgler er %3</translation>
    </message>
    <message>
        <source>missing required key %1 (%2) in %3</source>
        <translation>den påkrævede nøgle %1 (%2) mangler i %3</translation>
    </message>
    <message>
        <source>%1 must be %2, found %3</source>
        <translation>%1 skal være %2, men er %3</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>en tekst</translation>
    </message>
    <message>
        <source>%1 must not be empty</source>
        <translation>%1 må ikke være tom</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>et heltal</translation>
    </message>
    <message>
        <source>%1 is %2, which is far too large for a whole number here</source>
        <translation>%1 er %2, hvilket er alt for stort til et heltal her</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>et tal</translation>
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
        <translation>en værdi</translation>
    </message>
    <message>
        <source>%1 must have at least one item</source>
        <translation>%1 skal have mindst ét element</translation>
    </message>
    <message>
        <source>item %1 of %2 must be a string, found %3</source>
        <translation>element %1 i %2 skal være en tekst, men er %3</translation>
    </message>
    <message>
        <source>item %1 of %2 must not be empty</source>
        <translation>element %1 i %2 må ikke være tomt</translation>
    </message>
    <message numerus="yes">
        <source>%n more problems are not listed; fix the first %1 and check again</source>
        <translation>
            <numerusform>%n problem mere vises ikke; ret de første %1, og kontrollér igen</numerusform>
            <numerusform>%n problemer mere vises ikke; ret de første %1, og kontrollér igen</numerusform>
        </translation>
    </message>
    <message>
        <source>and</source>
        <translation>og</translation>
    </message>
    <message>
        <source>or</source>
        <translation>eller</translation>
    </message>
    <message>
        <source>a slide has at most %1 notes, so the room can read them; this one has %2</source>
        <translation>et dias har højst %1 noter, så de kan læses; dette har %2</translation>
    </message>
    <message>
        <source>note %1</source>
        <translation>note %1</translation>
    </message>
    <message>
        <source>a note</source>
        <translation>en note</translation>
    </message>
    <message>
        <source>unknown note kind %1; did you mean %2?</source>
        <translation>ukendt notetype %1; mente du %2?</translation>
    </message>
    <message>
        <source>unknown note kind %1; use %2</source>
        <translation>ukendt notetype %1; brug %2</translation>
    </message>
    <message>
        <source>a staircase needs at least 2 steps</source>
        <translation>en trappe skal have mindst 2 trin</translation>
    </message>
    <message>
        <source>a staircase has at most %1 steps, so the room can read them; this one has %2</source>
        <translation>en trappe har højst %1 trin, så deltagerne kan læse dem; denne har %2</translation>
    </message>
    <message>
        <source>step %1</source>
        <translation>trin %1</translation>
    </message>
    <message>
        <source>a staircase step</source>
        <translation>et trin på trappen</translation>
    </message>
    <message>
        <source>&quot;number&quot; must be a whole number from 0 to 99, or up to 3 characters such as &quot;5a&quot;</source>
        <translation>&quot;number&quot; skal være et heltal fra 0 til 99 eller højst 3 tegn, f.eks. &quot;5a&quot;</translation>
    </message>
    <message>
        <source>a question has 2 to 6 options; this one has %1</source>
        <translation>et spørgsmål har 2 til 6 svarmuligheder; dette har %1</translation>
    </message>
    <message>
        <source>option %1 must not be empty</source>
        <translation>svarmulighed %1 må ikke være tom</translation>
    </message>
    <message>
        <source>option %1 must be a string, or an object with &quot;text&quot;, found %2</source>
        <translation>svarmulighed %1 skal være en tekst eller et objekt med &quot;text&quot;, men er %2</translation>
    </message>
    <message>
        <source>option %1</source>
        <translation>svarmulighed %1</translation>
    </message>
    <message>
        <source>an option</source>
        <translation>en svarmulighed</translation>
    </message>
    <message>
        <source>an option has at most %1 talking points, so the room can read them; this one has %2</source>
        <translation>en svarmulighed har højst %1 drøftelsespunkter; denne har %2</translation>
    </message>
    <message>
        <source>answer %1 is out of range: this question has %2 options, numbered 1 to %3</source>
        <translation>svar %1 findes ikke: spørgsmålet har %2 svarmuligheder, nummereret 1 til %3</translation>
    </message>
    <message>
        <source>slide %1</source>
        <translation>dias %1</translation>
    </message>
    <message>
        <source>unknown slide kind %1; did you mean %2?</source>
        <translation>ukendt diastype %1; mente du %2?</translation>
    </message>
    <message>
        <source>unknown slide kind %1; the kinds are %2</source>
        <translation>ukendt diastype %1; typerne er %2</translation>
    </message>
    <message>
        <source>a %1 slide</source>
        <translation>et %1-dias</translation>
    </message>
    <message>
        <source>slide id %1 must be lowercase letters, digits and single hyphens, like &quot;film-2&quot;</source>
        <translation>dias-id %1 skal bestå af små bogstaver, cifre og enkelte bindestreger, f.eks. &quot;film-2&quot;</translation>
    </message>
    <message>
        <source>a summary offers at most 6 lessons, so their cards stay readable; this one has %1</source>
        <translation>en opsamling tilbyder højst 6 lektioner, så deres kort kan læses; denne har %1</translation>
    </message>
    <message>
        <source>a slide shows at most %1 bullets, so the room can read them; this one has %2</source>
        <translation>et dias viser højst %1 punkter, så deltagerne kan læse dem; dette har %2</translation>
    </message>
    <message>
        <source>&quot;build&quot; has no effect on this %1 slide</source>
        <translation>&quot;build&quot; gør ingen forskel på dette %1-dias</translation>
    </message>
    <message>
        <source>a lesson needs at least one slide</source>
        <translation>en lektion skal have mindst ét dias</translation>
    </message>
    <message>
        <source>expected a time line such as %1</source>
        <translation>forventede en tidslinje som %1</translation>
    </message>
    <message>
        <source>the time after &quot;--&gt;&quot; is not a time</source>
        <translation>tiden efter &quot;--&gt;&quot; er ikke et tidspunkt</translation>
    </message>
    <message>
        <source>the cue ends before it starts</source>
        <translation>replikken slutter, før den begynder</translation>
    </message>
    <message>
        <source>a WebVTT file begins with &quot;WEBVTT&quot;</source>
        <translation>en WebVTT-fil begynder med &quot;WEBVTT&quot;</translation>
    </message>
    <message>
        <source>expected a cue number, found %1</source>
        <translation>forventede et repliknummer, men fandt %1</translation>
    </message>
    <message>
        <source>the cue has no text</source>
        <translation>replikken har ingen tekst</translation>
    </message>
    <message>
        <source>the file has no cues</source>
        <translation>filen har ingen replikker</translation>
    </message>
    <message>
        <source>a film has at most %1 subtitle files; this one has %2</source>
        <translation>en film har højst %1 undertekstfiler; denne har %2</translation>
    </message>
    <message>
        <source>the subtitles</source>
        <translation>underteksterne</translation>
    </message>
    <message>
        <source>the subtitles&apos; language %1 is not a BCP 47 tag such as &quot;da&quot;, &quot;nb&quot; or &quot;sv-SE&quot;</source>
        <translation>underteksternes sprog %1 er ikke et BCP 47-sprogmærke som &quot;da&quot;, &quot;nb&quot; eller &quot;sv-SE&quot;</translation>
    </message>
    <message>
        <source>the film already has subtitles in %1; give one file per language</source>
        <translation>filmen har allerede undertekster på %1; angiv én fil pr. sprog</translation>
    </message>
    <message>
        <source>only one language of subtitles can be shown from the start</source>
        <translation>kun ét sprog af undertekster kan vises fra starten</translation>
    </message>
    <message>
        <source>slides %1-%2</source>
        <translation>dias %1-%2</translation>
    </message>
    <message>
        <source>the section plans %1 minutes, but its %2 plan %3 of their own; the slides&apos; minutes count</source>
        <translation>afsnittet planlægger %1 minutter, men dets %2 planlægger selv %3; diassenes minutter gælder</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the planned time in minutes: more than 0 and at most %2 (0.5 is half a minute)</source>
        <translation>&quot;%1&quot; er den planlagte tid i minutter: mere end 0 og højst %2 (0,5 er et halvt minut)</translation>
    </message>
    <message>
        <source>the section</source>
        <translation>afsnittet</translation>
    </message>
    <message>
        <source>a section</source>
        <translation>et afsnit</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>object</source>
        <translation>et objekt</translation>
    </message>
    <message>
        <source>array</source>
        <translation>en array</translation>
    </message>
    <message>
        <source>string</source>
        <translation>en tekst</translation>
    </message>
    <message>
        <source>boolean</source>
        <translation>en sandhedsværdi</translation>
    </message>
    <message>
        <source>integer</source>
        <translation>et heltal</translation>
    </message>
    <message>
        <source>number</source>
        <translation>et tal</translation>
    </message>
    <message>
        <source>value</source>
        <translation>en værdi</translation>
    </message>
    <message>
        <source>deck %1</source>
        <translation>præsentationen %1</translation>
    </message>
    <message>
        <source>%1 must be a PDF file (.pdf); bring a PowerPoint or Impress deck in with stoppunkt --import</source>
        <translation>%1 skal være en PDF-fil (.pdf); hent en PowerPoint- eller Impress-præsentation ind med stoppunkt --import</translation>
    </message>
    <message>
        <source>%1 is larger than 512 MB; export the deck again with smaller pictures</source>
        <translation>%1 er større end 512 MB; eksportér præsentationen igen med mindre billeder</translation>
    </message>
    <message>
        <source>%1; until then the projector shows a card instead of the page</source>
        <translation>%1; indtil da viser projektoren et kort i stedet for siden</translation>
    </message>
    <message numerus="yes">
        <source>page %1 is not in deck %2, which has %n pages</source>
        <translation>
            <numerusform>side %1 findes ikke i præsentationen %2, som har %n side</numerusform>
            <numerusform>side %1 findes ikke i præsentationen %2, som har %n sider</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is %2; pages are numbered from 1 (the deck&apos;s first page) to at most %3</source>
        <translation>%1 er %2; siderne nummereres fra 1 (præsentationens første side) til højst %3</translation>
    </message>
    <message>
        <source>&quot;lastPage&quot; is %1, before &quot;page&quot; %2; Next steps from &quot;page&quot; forward to &quot;lastPage&quot;</source>
        <translation>&quot;lastPage&quot; er %1, før &quot;page&quot; %2; Næste går fra &quot;page&quot; frem til &quot;lastPage&quot;</translation>
    </message>
    <message>
        <source>one slide steps through at most %1 pages after its first; this one steps through %2 (make more slides)</source>
        <translation>ét dias går højst %1 sider frem efter sin første; dette går %2 (lav flere dias)</translation>
    </message>
    <message>
        <source>the backdrop</source>
        <translation>baggrunden</translation>
    </message>
    <message>
        <source>a backdrop</source>
        <translation>en baggrund</translation>
    </message>
    <message>
        <source>&quot;step&quot; is %1; a slide&apos;s states are numbered from 1 (as it opens) to at most %2</source>
        <translation>&quot;step&quot; er %1; et dias&apos; trin nummereres fra 1 (som det åbner) til højst %2</translation>
    </message>
    <message>
        <source>note %1 belongs to step %2, but this slide shows %3 (its build&apos;s steps and the slide as it opens)</source>
        <translation>note %1 hører til trin %2, men dette dias viser %3 (trinene og diasset, som det åbner)</translation>
    </message>
    <message>
        <source>a &apos;:&apos; is missing between a key and its value before %1</source>
        <translation>der mangler et &apos;:&apos; mellem en nøgle og dens værdi før %1</translation>
    </message>
    <message>
        <source>a key in double quotes should come before %1 (and a decimal number takes a point, as in 0.5, not a comma)</source>
        <translation>der skal stå en nøgle i dobbelte anførselstegn før %1 (og et decimaltal skrives med punktum, som 0.5, ikke med komma)</translation>
    </message>
    <message>
        <source>a comma is missing before %1 (between two keys of an object)</source>
        <translation>der mangler et komma før %1 (mellem to nøgler i et objekt)</translation>
    </message>
    <message>
        <source>a comma or a closing &apos;}&apos; is missing before %1</source>
        <translation>der mangler et komma eller en afsluttende &apos;}&apos; før %1</translation>
    </message>
    <message>
        <source>a comma or a closing &apos;]&apos; is missing before %1 (between two items of a list)</source>
        <translation>der mangler et komma eller en afsluttende &apos;]&apos; før %1 (mellem to elementer i en liste)</translation>
    </message>
    <message>
        <source>%1 cannot stand here</source>
        <translation>%1 kan ikke stå her</translation>
    </message>
    <message>
        <source>the file ends too soon: a closing &apos;}&apos;, &apos;]&apos; or &apos;&quot;&apos; is missing</source>
        <translation>filen slutter for tidligt: der mangler en afsluttende &apos;}&apos;, &apos;]&apos; eller &apos;&quot;&apos;</translation>
    </message>
    <message>
        <source>a text has no closing &apos;&quot;&apos;</source>
        <translation>en tekst mangler sit afsluttende &apos;&quot;&apos;</translation>
    </message>
    <message>
        <source>a line break or tab inside a text; write it as \n or \t</source>
        <translation>et linjeskift eller en tabulator inde i en tekst; skriv det som \n eller \t</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text; save it again as UTF-8</source>
        <translation>filen er ikke UTF-8-tekst; gem den igen som UTF-8</translation>
    </message>
    <message>
        <source>a backslash starts an escape JSON does not know; write a backslash as \\</source>
        <translation>en omvendt skråstreg indleder en escape-sekvens, JSON ikke kender; skriv en omvendt skråstreg som \\</translation>
    </message>
    <message>
        <source>a number JSON cannot read; write it like 2, 0.5 or -3 (a point, not a comma)</source>
        <translation>et tal, JSON ikke kan læse; skriv det som 2, 0.5 eller -3 (punktum, ikke komma)</translation>
    </message>
    <message>
        <source>a word JSON does not know; text goes in double quotes, and the only bare words are true, false and null</source>
        <translation>et ord, JSON ikke kender; tekst skal stå i dobbelte anførselstegn, og de eneste ord uden anførselstegn er true, false og null</translation>
    </message>
    <message>
        <source>the JSON cannot be read from here on</source>
        <translation>JSON-teksten kan ikke læses herfra</translation>
    </message>
    <message>
        <source>slide %1 shows a page of %2 with no text alternative: add a &quot;description&quot; of what it shows (or &quot;&quot; if it only decorates)</source>
        <translation>dias %1 viser en side af %2 uden tekstalternativ: tilføj en &quot;description&quot; af, hvad den viser (eller &quot;&quot;, hvis den kun pynter)</translation>
    </message>
    <message>
        <source>the film %1 has no subtitles in the lesson&apos;s language (%2): trainees who do not hear it miss what is said; add them under &quot;subtitles&quot;</source>
        <translation>filmen %1 har ingen undertekster på lektionens sprog (%2): kursister, der ikke hører den, går glip af, hvad der bliver sagt; tilføj dem under &quot;subtitles&quot;</translation>
    </message>
    <message numerus="yes">
        <source>slide %1 draws %n texts below the size the back of the room reads, %2 px (%3 pt); this one is the smallest, %4 px (%5 pt) on a 1080p projector: shorten them, or split the slide</source>
        <translation>
            <numerusform>dias %1 tegner %n tekst under den størrelse, bagerste række kan læse, %2 px (%3 pt); den er %4 px (%5 pt) på en 1080p-projektor: forkort den, eller del diasset</numerusform>
            <numerusform>dias %1 tegner %n tekster under den størrelse, bagerste række kan læse, %2 px (%3 pt); denne er den mindste, %4 px (%5 pt) på en 1080p-projektor: forkort dem, eller del diasset</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LessonEditor</name>
    <message>
        <source>there is no slide %1</source>
        <translation>der er intet dias %1</translation>
    </message>
    <message>
        <source>this is the first slide</source>
        <translation>dette er det første dias</translation>
    </message>
    <message>
        <source>this is the last slide</source>
        <translation>dette er det sidste dias</translation>
    </message>
    <message>
        <source>move the slide</source>
        <translation>flyt diaset</translation>
    </message>
    <message>
        <source>copy the slide</source>
        <translation>kopiér diaset</translation>
    </message>
    <message>
        <source>a lesson keeps at least one slide</source>
        <translation>en lektion beholder mindst ét dias</translation>
    </message>
    <message>
        <source>delete the slide</source>
        <translation>slet diaset</translation>
    </message>
    <message>
        <source>retitle the slide</source>
        <translation>ret diasets titel</translation>
    </message>
    <message>
        <source>only a slide that steps through a deck&apos;s pages can be split</source>
        <translation>kun et dias, der går gennem flere sider i præsentationen, kan deles</translation>
    </message>
    <message>
        <source>go to the build step where the second slide should start, then split</source>
        <translation>gå til det trin, hvor det andet dias skal begynde, og del så</translation>
    </message>
    <message>
        <source>split the slide</source>
        <translation>del diaset</translation>
    </message>
    <message>
        <source>write the notes</source>
        <translation>skriv noterne</translation>
    </message>
    <message>
        <source>slide %1 is not a question</source>
        <translation>dias %1 er ikke et spørgsmål</translation>
    </message>
    <message>
        <source>write the question</source>
        <translation>skriv spørgsmålet</translation>
    </message>
    <message>
        <source>add the question</source>
        <translation>tilføj spørgsmålet</translation>
    </message>
</context>
<context>
    <name>LessonLanguage</name>
    <message>
        <source>The film cannot be played</source>
        <translation>Filmen kan ikke afspilles</translation>
    </message>
    <message>
        <source>Instructions for the facilitator</source>
        <translation>Instruktioner til mødeleder</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Side</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Lektion</translation>
    </message>
    <message>
        <source>The right answer is no. %1.</source>
        <translation>Det rigtige svar er nr. %1.</translation>
    </message>
    <message>
        <source>Slide</source>
        <translation>Dias</translation>
    </message>
    <message>
        <source>Room code</source>
        <translation>Rumkode</translation>
    </message>
    <message>
        <source>Nickname (optional)</source>
        <translation>Kaldenavn (frivilligt)</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Deltag</translation>
    </message>
    <message>
        <source>Look at the screen: the next question comes here.</source>
        <translation>Se op på skærmen: det næste spørgsmål kommer her.</translation>
    </message>
    <message>
        <source>Vote: tap your answer. You can change it until the vote closes.</source>
        <translation>Stem: tryk på dit svar. Du kan ændre det, indtil afstemningen lukker.</translation>
    </message>
    <message>
        <source>The vote is closed.</source>
        <translation>Afstemningen er lukket.</translation>
    </message>
    <message>
        <source>Right!</source>
        <translation>Rigtigt!</translation>
    </message>
    <message>
        <source>Not this time: the right answer is no. %1.</source>
        <translation>Ikke denne gang: det rigtige svar er nr. %1.</translation>
    </message>
    <message>
        <source>Your answer for the flip chart</source>
        <translation>Dit svar til flipoveren</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Send</translation>
    </message>
    <message>
        <source>Sent. The facilitator decides what goes on the flip chart.</source>
        <translation>Sendt. Mødelederen bestemmer, hvad der kommer på flipoveren.</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>Forbinder igen …</translation>
    </message>
    <message>
        <source>That did not work. Try again.</source>
        <translation>Det gik ikke. Prøv igen.</translation>
    </message>
    <message>
        <source>Join the room again with the code on the screen.</source>
        <translation>Deltag igen med koden på skærmen.</translation>
    </message>
    <message>
        <source>That is not the room code on the screen.</source>
        <translation>Det er ikke rumkoden på skærmen.</translation>
    </message>
    <message>
        <source>That is too long.</source>
        <translation>Det er for langt.</translation>
    </message>
    <message>
        <source>The room is full.</source>
        <translation>Rummet er fuldt.</translation>
    </message>
    <message>
        <source>Your vote</source>
        <translation>Din stemme</translation>
    </message>
    <message>
        <source>Answer on your phone</source>
        <translation>Svar på din telefon</translation>
    </message>
    <message>
        <source>Scan the code, or open</source>
        <translation>Scan koden, eller åbn</translation>
    </message>
    <message>
        <source>No app, no account: your answer stays in this room.</source>
        <translation>Ingen app, ingen konto: dit svar bliver i dette lokale.</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Stemmer</translation>
    </message>
    <message>
        <source>Discuss the options together. The vote opens when the facilitator opens it.</source>
        <translation>Drøft svarmulighederne sammen. Afstemningen åbner, når mødelederen åbner den.</translation>
    </message>
    <message>
        <source>Danish</source>
        <translation>dansk</translation>
    </message>
    <message>
        <source>Norwegian</source>
        <translation>norsk</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>svensk</translation>
    </message>
    <message>
        <source>English</source>
        <translation>engelsk</translation>
    </message>
    <message>
        <source>The room is closed to new phones: ask the facilitator.</source>
        <translation>Rummet er lukket for nye telefoner: spørg underviseren.</translation>
    </message>
    <message>
        <source>Too fast: wait a moment, or scan the code on the screen.</source>
        <translation>For hurtigt: vent et øjeblik, eller scan koden på skærmen.</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Side %1</translation>
    </message>
    <message>
        <source>This page cannot be shown</source>
        <translation>Denne side kan ikke vises</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>Trin %1</translation>
    </message>
    <message>
        <source>The room cannot be reached. Scan the code on the screen again.</source>
        <translation>Rummet kan ikke nås. Scan koden på skærmen igen.</translation>
    </message>
    <message>
        <source>Tried: not the right answer</source>
        <translation>Prøvet: ikke det rigtige svar</translation>
    </message>
    <message>
        <source>The right answer</source>
        <translation>Det rigtige svar</translation>
    </message>
    <message>
        <source>The page shows: %1</source>
        <translation>Siden viser: %1</translation>
    </message>
</context>
<context>
    <name>NotesView</name>
    <message>
        <source>No notes on this slide.</source>
        <translation>Ingen noter til dette dias.</translation>
    </message>
    <message>
        <source>▼ more below (wheel or %1)</source>
        <translation>▼ mere nedenfor (hjulet eller %1)</translation>
    </message>
    <message>
        <source>▲ more above (wheel or %1)</source>
        <translation>▲ mere ovenfor (hjulet eller %1)</translation>
    </message>
</context>
<context>
    <name>PaceText</name>
    <message numerus="yes">
        <source>planned: %n min</source>
        <translation>
            <numerusform>planlagt: %n min.</numerusform>
            <numerusform>planlagt: %n min.</numerusform>
        </translation>
    </message>
    <message>
        <source>ends %1</source>
        <translation>slutter %1</translation>
    </message>
    <message>
        <source>on time</source>
        <translation>til tiden</translation>
    </message>
    <message numerus="yes">
        <source>%n min ahead</source>
        <translation>
            <numerusform>%n min. foran</numerusform>
            <numerusform>%n min. foran</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min behind</source>
        <translation>
            <numerusform>%n min. bagud</numerusform>
            <numerusform>%n min. bagud</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QCommandLineParser</name>
    <message>
        <source>Usage: %1</source>
        <translation>Brug: %1</translation>
    </message>
    <message>
        <source>[options]</source>
        <translation>[tilvalg]</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Tilvalg:</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>Argumenter:</translation>
    </message>
    <message>
        <source>Displays help on commandline options.</source>
        <translation>Viser hjælp til tilvalgene på kommandolinjen.</translation>
    </message>
    <message>
        <source>Displays help including Qt specific options.</source>
        <translation>Viser hjælp, også til Qt&apos;s egne tilvalg.</translation>
    </message>
    <message>
        <source>Displays version information.</source>
        <translation>Viser versionen.</translation>
    </message>
    <message>
        <source>Unknown option &apos;%1&apos;.</source>
        <translation>Ukendt tilvalg &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Unknown options: %1.</source>
        <translation>Ukendte tilvalg: %1.</translation>
    </message>
    <message>
        <source>Missing value after &apos;%1&apos;.</source>
        <translation>Der mangler en værdi efter &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Unexpected value after &apos;%1&apos;.</source>
        <translation>Uventet værdi efter &apos;%1&apos;.</translation>
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
        <translation>Annuller</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Luk</translation>
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
        <translation>Åbn</translation>
    </message>
</context>
<context>
    <name>QShortcut</name>
    <message>
        <source>Space</source>
        <translation>Mellemrum</translation>
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
        <translation>Tilbage</translation>
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
        <translation>Venstre</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Op</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Højre</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Ned</translation>
    </message>
    <message>
        <source>PgUp</source>
        <translation>Side op</translation>
    </message>
    <message>
        <source>PgDown</source>
        <translation>Side ned</translation>
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
        <translation>Stoppunkt-fjernbetjening</translation>
    </message>
    <message>
        <source>Pairing…</source>
        <translation>Parrer…</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>Forbinder igen …</translation>
    </message>
    <message>
        <source>This pairing code was used or has expired: show a new one on the console and scan it again.</source>
        <translation>Parringskoden er brugt eller udløbet: vis en ny på konsollen, og scan den igen.</translation>
    </message>
    <message>
        <source>This phone is no longer the remote: the console dropped it or paired another phone.</source>
        <translation>Telefonen er ikke længere fjernbetjening: konsollen fjernede den eller parrede en anden telefon.</translation>
    </message>
    <message>
        <source>Slide %1 of %2</source>
        <translation>Dias %1 af %2</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Næste</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Forrige</translation>
    </message>
    <message>
        <source>Black screen</source>
        <translation>Sort skærm</translation>
    </message>
    <message>
        <source>Show the slide again</source>
        <translation>Vis diasset igen</translation>
    </message>
    <message>
        <source>The projector is black.</source>
        <translation>Projektoren er sort.</translation>
    </message>
    <message>
        <source>The projector is white.</source>
        <translation>Projektoren er hvid.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Noter</translation>
    </message>
    <message>
        <source>No notes on this slide.</source>
        <translation>Ingen noter til dette dias.</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Næste trin</translation>
    </message>
    <message>
        <source>Shows: %1</source>
        <translation>Viser: %1</translation>
    </message>
    <message>
        <source>The film plays</source>
        <translation>Filmen spiller</translation>
    </message>
    <message>
        <source>The film goes on to its stop</source>
        <translation>Filmen kører videre til stoppunktet</translation>
    </message>
    <message>
        <source>The right answer is revealed</source>
        <translation>Det rigtige svar vises</translation>
    </message>
    <message>
        <source>Slide %1: %2</source>
        <translation>Dias %1: %2</translation>
    </message>
    <message>
        <source>End of the lesson</source>
        <translation>Lektionens slutning</translation>
    </message>
    <message>
        <source>The slide shows again</source>
        <translation>Diaset vises igen</translation>
    </message>
    <message>
        <source>Right answer</source>
        <translation>Rigtigt svar</translation>
    </message>
    <message>
        <source>Picked: wrong</source>
        <translation>Valgt: forkert</translation>
    </message>
    <message>
        <source>Tap an option to pick it for the group.</source>
        <translation>Tryk på en mulighed for at vælge den for gruppen.</translation>
    </message>
    <message>
        <source>Undo pick</source>
        <translation>Fortryd valg</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>Vis svaret</translation>
    </message>
    <message>
        <source>Revealed</source>
        <translation>Svaret er vist</translation>
    </message>
    <message>
        <source>Tap Next again within 2 s to reveal the answer.</source>
        <translation>Tryk Næste igen inden for 2 s for at vise svaret.</translation>
    </message>
    <message>
        <source>Tap Next again within 2 s to skip to the stop point.</source>
        <translation>Tryk Næste igen inden for 2 s for at springe til stoppunktet.</translation>
    </message>
    <message>
        <source>The film plays.</source>
        <translation>Filmen spiller.</translation>
    </message>
    <message>
        <source>The film is paused.</source>
        <translation>Filmen er sat på pause.</translation>
    </message>
    <message>
        <source>The film cannot play: see the console.</source>
        <translation>Filmen kan ikke afspilles: se konsollen.</translation>
    </message>
    <message>
        <source>Pause film</source>
        <translation>Sæt filmen på pause</translation>
    </message>
    <message>
        <source>Resume film</source>
        <translation>Fortsæt filmen</translation>
    </message>
    <message>
        <source>Open the vote</source>
        <translation>Åbn afstemningen</translation>
    </message>
    <message>
        <source>Close the vote</source>
        <translation>Luk afstemningen</translation>
    </message>
    <message>
        <source>The room: %1 of %2 voted</source>
        <translation>Deltagerne: %1 af %2 har stemt</translation>
    </message>
    <message>
        <source>The room: %1 phones joined</source>
        <translation>Deltagerne: %1 telefoner med</translation>
    </message>
    <message>
        <source>Flip chart</source>
        <translation>Flipover</translation>
    </message>
    <message>
        <source>From the phones (first one first)</source>
        <translation>Fra telefonerne (den første først)</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Tilføj</translation>
    </message>
    <message>
        <source>Drop</source>
        <translation>Kassér</translation>
    </message>
    <message>
        <source>of %1 min planned</source>
        <translation>af %1 min planlagt</translation>
    </message>
    <message>
        <source>%1 min behind</source>
        <translation>%1 min bagud</translation>
    </message>
    <message>
        <source>%1 min ahead</source>
        <translation>%1 min foran</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>på pause</translation>
    </message>
    <message>
        <source>Too fast: wait a moment.</source>
        <translation>For hurtigt: vent et øjeblik.</translation>
    </message>
    <message>
        <source>Not sent: the connection was lost. Tap again.</source>
        <translation>Ikke sendt: forbindelsen blev afbrudt. Tryk igen.</translation>
    </message>
    <message>
        <source>en</source>
        <comment>the language code of this translation</comment>
        <translation>da</translation>
    </message>
    <message>
        <source>Show the pairing code on the console and scan it with this phone.</source>
        <translation>Vis parringskoden på konsollen, og scan den med denne telefon.</translation>
    </message>
    <message>
        <source>Nothing on the flip chart yet.</source>
        <translation>Intet på flipoveren endnu.</translation>
    </message>
    <message>
        <source>Drag a finger on the slide: the red dot follows it on the projector.</source>
        <translation>Træk en finger hen over diasset: den røde prik følger med på projektoren.</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Session report: %1</source>
        <translation>Rapport fra sessionen: %1</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>kan ikke skrive %1</translation>
    </message>
    <message>
        <source>Session of %1 — %2 in all</source>
        <translation>Session %1 — %2 i alt</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Spørgsmål</translation>
    </message>
    <message>
        <source>%1 (right)</source>
        <translation>%1 (rigtigt)</translation>
    </message>
    <message>
        <source>Picks in order: %1</source>
        <translation>Gæt i rækkefølge: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <source>The right answer (no. %1) was not reached.</source>
        <translation>Det rigtige svar (nr. %1) blev ikke nået.</translation>
    </message>
    <message>
        <source>The group found the right answer (no. %1) in %2.</source>
        <translation>Gruppen fandt det rigtige svar (nr. %1) på %2.</translation>
    </message>
    <message>
        <source>The right answer (no. %1) was revealed after %2.</source>
        <translation>Det rigtige svar (nr. %1) blev vist efter %2.</translation>
    </message>
    <message>
        <source>Flip charts</source>
        <translation>Flipover</translation>
    </message>
    <message>
        <source>No entries.</source>
        <translation>Intet skrevet.</translation>
    </message>
    <message>
        <source>Next lesson</source>
        <translation>Næste lektion</translation>
    </message>
    <message>
        <source>The group chose %1.</source>
        <translation>Gruppen valgte %1.</translation>
    </message>
    <message>
        <source>Time per slide</source>
        <translation>Tid pr. dias</translation>
    </message>
    <message>
        <source>The lesson planned %1 in all.</source>
        <translation>Lektionen var planlagt til %1 i alt.</translation>
    </message>
    <message>
        <source>%1. %2 — %3 (planned %4)</source>
        <translation>%1. %2 — %3 (planlagt %4)</translation>
    </message>
    <message>
        <source>%1. %2 — %3</source>
        <translation>%1. %2 — %3</translation>
    </message>
    <message numerus="yes">
        <source>The room&apos;s phones voted (%n of %1 joined): %2</source>
        <translation>
            <numerusform>Deltagernes telefoner stemte (%n af %1 tilsluttede): %2</numerusform>
            <numerusform>Deltagernes telefoner stemte (%n af %1 tilsluttede): %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Drawn on the slides</source>
        <translation>Tegnet på diassene</translation>
    </message>
    <message>
        <source>Slide %1</source>
        <translation>Dias %1</translation>
    </message>
    <message>
        <source>Slide %1: %2</source>
        <translation>Dias %1: %2</translation>
    </message>
    <message>
        <source>The page shows: %1</source>
        <translation>Siden viser: %1</translation>
    </message>
</context>
<context>
    <name>RoomPanel</name>
    <message>
        <source>%1 hides the join card</source>
        <translation>%1 skjuler deltagerkortet</translation>
    </message>
    <message>
        <source>%1 shows the join card</source>
        <translation>%1 viser deltagerkortet</translation>
    </message>
    <message numerus="yes">
        <source>Room open: %1 · code %2 · %n joined (%3)</source>
        <translation>
            <numerusform>Rummet er åbent: %1 · kode %2 · %n deltager (%3)</numerusform>
            <numerusform>Rummet er åbent: %1 · kode %2 · %n deltagere (%3)</numerusform>
        </translation>
    </message>
    <message>
        <source>open, %1 closes it</source>
        <translation>åben, %1 lukker den</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>lukket</translation>
    </message>
    <message numerus="yes">
        <source>THE ROOM&apos;S VOTE: %n voted of %1 joined, %2</source>
        <translation>
            <numerusform>DELTAGERNES AFSTEMNING: %n af %1 har stemt, %2</numerusform>
            <numerusform>DELTAGERNES AFSTEMNING: %n af %1 har stemt, %2</numerusform>
        </translation>
    </message>
    <message>
        <source>The projector shows the votes (%1 hides them).</source>
        <translation>Projektoren viser stemmerne (%1 skjuler dem).</translation>
    </message>
    <message>
        <source>%1 shows the votes on the projector.</source>
        <translation>%1 viser stemmerne på projektoren.</translation>
    </message>
    <message numerus="yes">
        <source>FROM THE PHONES: %n waiting (%1 adds the first, %2 drops it)</source>
        <translation>
            <numerusform>FRA TELEFONERNE: %n venter (%1 tilføjer det første, %2 kasserer det)</numerusform>
            <numerusform>FRA TELEFONERNE: %n venter (%1 tilføjer det første, %2 kasserer det)</numerusform>
        </translation>
    </message>
    <message>
        <source> · remote: %1</source>
        <translation> · fjernbetjening: %1</translation>
    </message>
    <message>
        <source>a phone</source>
        <translation>en telefon</translation>
    </message>
    <message>
        <source>Pair your phone as the remote</source>
        <translation>Par din telefon som fjernbetjening</translation>
    </message>
    <message>
        <source>Scan the code with the phone&apos;s camera. The phone shows your notes, the next step, the time and the right answer, and its buttons drive the lesson.</source>
        <translation>Scan koden med telefonens kamera. Telefonen viser dine noter, næste trin, tiden og det rigtige svar, og dens knapper styrer lektionen.</translation>
    </message>
    <message>
        <source>It replaces the remote paired now (%1).</source>
        <translation>Den erstatter den fjernbetjening, der er parret nu (%1).</translation>
    </message>
    <message>
        <source>The code works once, for two minutes, and never shows on the projector. %1</source>
        <translation>Koden virker én gang, i to minutter, og vises aldrig på projektoren. %1</translation>
    </message>
    <message>
        <source>Any key hides the code.</source>
        <translation>En vilkårlig tast skjuler koden.</translation>
    </message>
    <message numerus="yes">
        <source> · %n connected</source>
        <translation>
            <numerusform> · %n forbundet</numerusform>
            <numerusform> · %n forbundet</numerusform>
        </translation>
    </message>
    <message>
        <source> · closed to new phones (%1 opens it)</source>
        <translation> · lukket for nye telefoner (%1 åbner)</translation>
    </message>
    <message>
        <source> · typed codes paused, scanning works</source>
        <translation> · indtastede koder sat på pause, scanning virker</translation>
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
        <translation>for stor til at være en sessionslog</translation>
    </message>
    <message>
        <source>not valid JSON (%1 at byte %2); it may be truncated</source>
        <translation>ikke gyldig JSON (%1 ved byte %2); den kan være afkortet</translation>
    </message>
    <message>
        <source>not a Stoppunkt session record</source>
        <translation>ikke en sessionslog fra Stoppunkt</translation>
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
        <translation>%1 min. %2 s</translation>
    </message>
</context>
<context>
    <name>WholeFile</name>
    <message>
        <source>its folder cannot be created</source>
        <translation>mappen kan ikke oprettes</translation>
    </message>
</context>
<context>
    <name>stoppunkt::AuthorForm</name>
    <message>
        <source>Save</source>
        <translation>Gem</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
</context>
<context>
    <name>stoppunkt::AuthorForms</name>
    <message>
        <source>Not saved: %1</source>
        <translation>Ikke gemt: %1</translation>
    </message>
    <message>
        <source>The notes were written. Alt+Backspace takes them back.</source>
        <translation>Noterne er skrevet. Alt+Backspace fortryder dem.</translation>
    </message>
    <message>
        <source>Go to a question, or to a stop in the stop editor (Shift+M), to write the question asked there.</source>
        <translation>Gå til et spørgsmål eller til et stoppunkt i stoppunkt-editoren (Shift+M) for at skrive spørgsmålet dér.</translation>
    </message>
    <message>
        <source>Film #%1</source>
        <translation>Film #%1</translation>
    </message>
    <message>
        <source>A new question at stop %1 of “%2”</source>
        <translation>Et nyt spørgsmål ved stoppunkt %1 i “%2”</translation>
    </message>
    <message>
        <source>The question at stop %1 of “%2”</source>
        <translation>Spørgsmålet ved stoppunkt %1 i “%2”</translation>
    </message>
    <message>
        <source>Not saved: mark which option is the right one.</source>
        <translation>Ikke gemt: markér, hvilken svarmulighed der er den rigtige.</translation>
    </message>
    <message>
        <source>The question “%1” was added. Alt+Backspace takes it back.</source>
        <translation>Spørgsmålet “%1” er tilføjet. Alt+Backspace fortryder det.</translation>
    </message>
    <message>
        <source>The question “%1” was written. Alt+Backspace takes it back.</source>
        <translation>Spørgsmålet “%1” er skrevet. Alt+Backspace fortryder det.</translation>
    </message>
</context>
<context>
    <name>stoppunkt::AuthorMode</name>
    <message>
        <source>Not changed: %1</source>
        <translation>Ikke ændret: %1</translation>
    </message>
    <message>
        <source>%1 Note: %2.</source>
        <translation>%1 Bemærk: %2.</translation>
    </message>
    <message>
        <source>The slide moved. Alt+Backspace moves it back.</source>
        <translation>Diaset er flyttet. Alt+Backspace flytter det tilbage.</translation>
    </message>
    <message>
        <source>The slide was copied; the copy is shown.</source>
        <translation>Diaset er kopieret; kopien vises.</translation>
    </message>
    <message>
        <source>The slide was split: the pages from here on are the next slide.</source>
        <translation>Diaset er delt: siderne herfra er det næste dias.</translation>
    </message>
    <message>
        <source>Slide %1 “%2” was deleted. Alt+Backspace brings it back.</source>
        <translation>Dias %1 “%2” er slettet. Alt+Backspace henter det tilbage.</translation>
    </message>
    <message>
        <source>Undone: %1.</source>
        <translation>Fortrudt: %1.</translation>
    </message>
    <message>
        <source>Done again: %1.</source>
        <translation>Gjort igen: %1.</translation>
    </message>
    <message>
        <source>Title of the slide</source>
        <translation>Diasets titel</translation>
    </message>
    <message>
        <source>The title of slide %1, as the room sees it:</source>
        <translation>Titlen på dias %1, som salen ser den:</translation>
    </message>
    <message>
        <source>The title was changed.</source>
        <translation>Titlen er ændret.</translation>
    </message>
</context>
<context>
    <name>stoppunkt::ConsoleRequests</name>
    <message>
        <source>Quit Stoppunkt?</source>
        <translation>Afslut Stoppunkt?</translation>
    </message>
    <message>
        <source>Quit the lesson? The projector will close.</source>
        <translation>Afslut lektionen? Projektorvinduet lukkes.</translation>
    </message>
    <message>
        <source>The room will listen on %1 when %2 turns it on.</source>
        <translation>Rummet lytter på %1, når %2 tænder det.</translation>
    </message>
    <message>
        <source>Console language: %1 (%2 changes it). The projector keeps the lesson&apos;s language.</source>
        <translation>Sprog på din skærm: %1 (%2 skifter). Projektoren bliver på lektionens sprog.</translation>
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
        <translation>Sessionsloggen bliver IKKE gemt: %1</translation>
    </message>
    <message>
        <source>Go to slide %1: press Enter (Esc cancels)</source>
        <translation>Gå til dias %1: tryk Enter (Esc fortryder)</translation>
    </message>
    <message>
        <source>Press Next again within 2 s to skip to the stop point</source>
        <translation>Tryk Næste igen inden for 2 s for at springe til stoppunktet</translation>
    </message>
    <message>
        <source>Press Next again within 2 s to reveal the answer (%1 reveals at once)</source>
        <translation>Tryk Næste igen inden for 2 s for at vise svaret (%1 viser det straks)</translation>
    </message>
    <message>
        <source>Projector %1 disconnected: the lesson goes on here; plug it back in to continue there</source>
        <translation>Projektoren %1 er koblet fra: lektionen fortsætter her; sæt den i igen for at fortsætte dér</translation>
    </message>
    <message>
        <source>The projector is black (%1 to show the slide)</source>
        <translation>Projektoren er sort (%1 viser diasset)</translation>
    </message>
    <message>
        <source>The projector is white (%1 to show the slide)</source>
        <translation>Projektoren er hvid (%1 viser diasset)</translation>
    </message>
    <message>
        <source>Rehearsal: both windows are normal windows</source>
        <translation>Generalprøve: begge vinduer er almindelige vinduer</translation>
    </message>
    <message>
        <source>Projector on %1</source>
        <translation>Projektor på %1</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>stoppet</translation>
    </message>
    <message>
        <source>Now on the projector</source>
        <translation>Nu på projektoren</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Næste</translation>
    </message>
    <message>
        <source>End of the lesson</source>
        <translation>Lektionen er slut</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Noter</translation>
    </message>
    <message>
        <source>Timer</source>
        <translation>Tidtagning</translation>
    </message>
    <message>
        <source>The question</source>
        <translation>Spørgsmålet</translation>
    </message>
    <message>
        <source>Slide %1 of %2: %3</source>
        <translation>Dias %1 af %2: %3</translation>
    </message>
    <message>
        <source>The projector is black</source>
        <translation>Projektoren er sort</translation>
    </message>
    <message>
        <source>The projector is white</source>
        <translation>Projektoren er hvid</translation>
    </message>
    <message>
        <source>The end of the lesson</source>
        <translation>Lektionens slutning</translation>
    </message>
    <message>
        <source>The right answer is %1: %2.</source>
        <translation>Det rigtige svar er %1: %2.</translation>
    </message>
    <message>
        <source>Nothing picked yet.</source>
        <translation>Intet valgt endnu.</translation>
    </message>
    <message>
        <source>Picked: %1.</source>
        <translation>Valgt: %1.</translation>
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
        <translation>Videobiblioteket kunne ikke starte.</translation>
    </message>
    <message>
        <source>The film cannot be shown: the projector&apos;s OpenGL video surface did not start.</source>
        <translation>Filmen kan ikke vises: projektorens OpenGL-videoflade startede ikke.</translation>
    </message>
    <message>
        <source>%1 is not a film file (it must be an existing file, named by its full path)</source>
        <translation>%1 er ikke en filmfil (den skal være en eksisterende fil, angivet med fuld sti)</translation>
    </message>
    <message>
        <source>The film cannot be played: %1</source>
        <translation>Filmen kan ikke afspilles: %1</translation>
    </message>
</context>
<context>
    <name>stoppunkt::FlipchartLine</name>
    <message>
        <source>An answer from the room, then Enter. Up/Down choose an entry to edit; Esc closes.</source>
        <translation>Et svar fra deltagerne, så Enter. Op/Ned vælger et punkt at rette; Esc lukker.</translation>
    </message>
</context>
<context>
    <name>stoppunkt::LessonFile</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>kan ikke læse %1: %2</translation>
    </message>
    <message>
        <source>the lesson has errors; fix them first: %1</source>
        <translation>lektionen har fejl; ret dem først: %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>kan ikke skrive %1: %2</translation>
    </message>
    <message>
        <source>the lesson file no longer has what this changes; it was edited elsewhere</source>
        <translation>lektionsfilen har ikke længere det, som dette ændrer; den er redigeret andetsteds</translation>
    </message>
    <message>
        <source>there is no change to undo</source>
        <translation>der er ingen ændring at fortryde</translation>
    </message>
    <message>
        <source>there is no change to redo</source>
        <translation>der er ingen ændring at gentage</translation>
    </message>
    <message>
        <source>the lesson file was edited elsewhere where this change was made, so it cannot be taken back</source>
        <translation>lektionsfilen er redigeret andetsteds netop dér, hvor denne ændring blev lavet, så den kan ikke fortrydes</translation>
    </message>
</context>
<context>
    <name>stoppunkt::LessonPicker</name>
    <message>
        <source>Stoppunkt — choose a lesson</source>
        <translation>Stoppunkt — vælg en lektion</translation>
    </message>
    <message>
        <source>Choose a lesson. Your own lessons go in a folder each, with its lesson.json, in the last folder below.</source>
        <translation>Vælg en lektion. Dine egne lektioner lægger du i hver sin mappe med dens lesson.json, i den sidste mappe herunder.</translation>
    </message>
    <message>
        <source>Lessons that come with Stoppunkt  (%1)</source>
        <translation>Lektioner, der følger med Stoppunkt  (%1)</translation>
    </message>
    <message>
        <source>Your own lessons  (%1)</source>
        <translation>Dine egne lektioner  (%1)</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>ingen endnu</translation>
    </message>
    <message>
        <source>%1  —  %2, %3</source>
        <translation>%1  —  %2, %3</translation>
    </message>
    <message>
        <source>%1  —  cannot open: %2</source>
        <translation>%1  —  kan ikke åbnes: %2</translation>
    </message>
    <message>
        <source>%1.  %2</source>
        <translation>%1.  %2</translation>
    </message>
    <message numerus="yes">
        <source>%n slides</source>
        <translation>
            <numerusform>%n dias</numerusform>
            <numerusform>%n dias</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stoppunkt::LessonSwitcher</name>
    <message>
        <source>The lesson was reloaded.</source>
        <translation>Lektionen blev indlæst igen.</translation>
    </message>
    <message numerus="yes">
        <source>The saved lesson has %n error(s); the last good version stays on screen. %1</source>
        <translation>
            <numerusform>Den gemte lektion har en fejl; den sidste gode udgave bliver på skærmen. %1</numerusform>
            <numerusform>Den gemte lektion har %n fejl; den sidste gode udgave bliver på skærmen. %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The lesson %1 has errors and was not opened: %2</source>
        <translation>Lektionen %1 har fejl og blev ikke åbnet: %2</translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <translation>Åbnede %1.</translation>
    </message>
</context>
<context>
    <name>stoppunkt::NotesEditor</name>
    <message>
        <source>Plain</source>
        <translation>Almindelig</translation>
    </message>
    <message>
        <source>Continue (go on)</source>
        <translation>Fortsæt (gå videre)</translation>
    </message>
    <message>
        <source>Discuss (ask the room)</source>
        <translation>Drøft (spørg salen)</translation>
    </message>
    <message>
        <source>Important</source>
        <translation>Vigtigt</translation>
    </message>
    <message>
        <source>Notes of “%1”</source>
        <translation>Noter til “%1”</translation>
    </message>
    <message>
        <source>Kind of this note</source>
        <translation>Notens art</translation>
    </message>
    <message>
        <source>Notes, one per paragraph</source>
        <translation>Noter, én pr. afsnit</translation>
    </message>
    <message>
        <source>One note per paragraph · Ctrl+1–4 or the list: its kind · Ctrl+Enter saves · Esc closes</source>
        <translation>Én note pr. afsnit · Ctrl+1–4 eller listen: dens art · Ctrl+Enter gemmer · Esc lukker</translation>
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
        <translation>Spørgsmålet, som salen ser</translation>
    </message>
    <message>
        <source>&amp;Title of the slide</source>
        <translation>&amp;Diasets titel</translation>
    </message>
    <message>
        <source>&amp;Question</source>
        <translation>&amp;Spørgsmål</translation>
    </message>
    <message>
        <source>Add an option</source>
        <translation>Tilføj en svarmulighed</translation>
    </message>
    <message>
        <source>Remove the last option</source>
        <translation>Fjern den sidste svarmulighed</translation>
    </message>
    <message>
        <source>The room&apos;s phones &amp;vote on it</source>
        <translation>Salens telefoner &amp;stemmer om det</translation>
    </message>
    <message>
        <source>Notes of the question, one per paragraph</source>
        <translation>Spørgsmålets noter, én pr. afsnit</translation>
    </message>
    <message>
        <source>Tab: next field · Ctrl+Enter saves · Esc closes · the notes: one per paragraph, Ctrl+1–4 their kind</source>
        <translation>Tab: næste felt · Ctrl+Enter gemmer · Esc lukker · noterne: én pr. afsnit, Ctrl+1–4 deres art</translation>
    </message>
    <message>
        <source>As the room sees it</source>
        <translation>Som salen ser det</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Noter</translation>
    </message>
    <message>
        <source>Option &amp;%1 is the right one</source>
        <translation>Svarmulighed &amp;%1 er den rigtige</translation>
    </message>
    <message>
        <source>Option %1, as the room sees it</source>
        <translation>Svarmulighed %1, som salen ser den</translation>
    </message>
    <message>
        <source>Option %1</source>
        <translation>Svarmulighed %1</translation>
    </message>
    <message>
        <source>Feedback the room sees when it picks this option (optional)</source>
        <translation>Tilbagemelding, som salen ser, når den vælger denne svarmulighed (valgfri)</translation>
    </message>
    <message>
        <source>Feedback of option %1</source>
        <translation>Tilbagemelding til svarmulighed %1</translation>
    </message>
    <message>
        <source>Talking points for you only, one per line (optional)</source>
        <translation>Talepunkter kun til dig, ét pr. linje (valgfri)</translation>
    </message>
    <message>
        <source>Talking points of option %1</source>
        <translation>Talepunkter til svarmulighed %1</translation>
    </message>
</context>
<context>
    <name>stoppunkt::RecordKeeper</name>
    <message>
        <source>The session record could not be read (%1). It was kept as %2; a new record starts.</source>
        <translation>Sessionsloggen kunne ikke læses (%1). Den er gemt som %2; en ny log begynder.</translation>
    </message>
    <message>
        <source>Resume the lesson?</source>
        <translation>Fortsæt lektionen?</translation>
    </message>
    <message>
        <source>The session of &quot;%1&quot; that started %2 was interrupted on slide %3 of %4. Resume it: same slide, same picks and flip-chart entries?</source>
        <translation>Sessionen med &quot;%1&quot;, der begyndte %2, blev afbrudt på dias %3 af %4. Fortsæt den: samme dias, samme gæt og punkter på flipoveren?</translation>
    </message>
    <message>
        <source>Resumed the interrupted session on slide %1.</source>
        <translation>Den afbrudte session fortsætter på dias %1.</translation>
    </message>
    <message>
        <source>The lesson has changed since: %1.</source>
        <translation>Lektionen er ændret siden: %1.</translation>
    </message>
    <message>
        <source>The interrupted session&apos;s record has no state to resume from; it is kept, and a new one starts.</source>
        <translation>Loggen fra den afbrudte session har intet at fortsætte fra; den gemmes, og en ny begynder.</translation>
    </message>
    <message>
        <source>the session record is saved again</source>
        <translation>sessionsloggen gemmes igen</translation>
    </message>
    <message>
        <source>the session record %1 cannot be saved: %2</source>
        <translation>sessionsloggen %1 kan ikke gemmes: %2</translation>
    </message>
</context>
<context>
    <name>stoppunkt::RoomAddressDialog</name>
    <message>
        <source>Stoppunkt — where the room&apos;s phones join</source>
        <translation>Stoppunkt — hvor deltagernes telefoner kobler på</translation>
    </message>
    <message>
        <source>Choose the network that the room&apos;s phones are on: the laptop listens there only, and the join card shows that address. The choice is remembered.</source>
        <translation>Vælg det netværk, deltagernes telefoner er på: computeren lytter kun dér, og deltagerkortet viser den adresse. Valget huskes.</translation>
    </message>
    <message>
        <source>This computer only: %1 (no phone can join; for trying it out)</source>
        <translation>Kun denne computer: %1 (ingen telefon kan koble på; til afprøvning)</translation>
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
        <translation>Deltagernes telefoner er slået fra: serveren er stoppet.</translation>
    </message>
    <message>
        <source>The room cannot be opened on %1.</source>
        <translation>Rummet kan ikke åbnes på %1.</translation>
    </message>
    <message>
        <source>Turn the room&apos;s phones on first.</source>
        <translation>Slå deltagernes telefoner til først.</translation>
    </message>
    <message>
        <source>A vote opens at a question, while the room discusses it.</source>
        <translation>En afstemning åbner ved et spørgsmål, mens deltagerne drøfter det.</translation>
    </message>
    <message>
        <source>Suggestions go on the flip chart of a flip-chart slide.</source>
        <translation>Forslag kommer på flipoveren på et flipover-dias.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The room is open. %1 shows the join card on the projector.</source>
        <translation>Rummet er åbent. %1 viser deltagerkortet på projektoren.</translation>
    </message>
    <message>
        <source>The room&apos;s file %1 cannot be read (%2): turn the room on again with %3, and the phones join again.</source>
        <translation>Rummets fil %1 kan ikke læses (%2): slå deltagernes telefoner til igen med %3, så deltager telefonerne igen.</translation>
    </message>
    <message>
        <source>The room cannot be opened again on %1: turn it on with %2, and the phones join again.</source>
        <translation>Rummet kan ikke åbnes igen på %1: slå det til med %2, så deltager telefonerne igen.</translation>
    </message>
    <message>
        <source>The room cannot be kept in %1 (%2): if the program stops now, the phones must join again.</source>
        <translation>Rummet kan ikke gemmes i %1 (%2): hvis programmet stopper nu, skal telefonerne deltage igen.</translation>
    </message>
    <message>
        <source>%1 is not on this computer&apos;s networks now (%2 chooses another).</source>
        <translation>%1 er ikke på computerens netværk nu (%2 vælger et andet).</translation>
    </message>
    <message>
        <source>The room is open on this computer only: no phone can join (%1 chooses a network).</source>
        <translation>Rummet er kun åbent på denne computer: ingen telefon kan koble på (%1 vælger et netværk).</translation>
    </message>
    <message>
        <source>The room cannot be opened on %1: it is off. %2 turns it on again.</source>
        <translation>Rummet kan ikke åbnes på %1: det er slukket. %2 tænder det igen.</translation>
    </message>
    <message>
        <source>The room moved to %1: the phones must scan the new join card (%2); their votes are kept.</source>
        <translation>Rummet er flyttet til %1: telefonerne skal scanne det nye deltagerkort (%2); deres stemmer bevares.</translation>
    </message>
    <message>
        <source>No phone is paired as the remote.</source>
        <translation>Ingen telefon er parret som fjernbetjening.</translation>
    </message>
    <message>
        <source>Your remote is paired (%1). %2 drops it.</source>
        <translation>Din fjernbetjening er parret (%1). %2 fjerner den.</translation>
    </message>
    <message>
        <source>a phone</source>
        <translation>en telefon</translation>
    </message>
    <message>
        <source>The remote is dropped: that phone controls nothing now.</source>
        <translation>Fjernbetjeningen er fjernet: telefonen styrer ikke længere noget.</translation>
    </message>
    <message>
        <source>Scan the code on the console with your phone: it becomes your remote. The code works once; any key hides it.</source>
        <translation>Scan koden på konsollen med din telefon: den bliver din fjernbetjening. Koden virker én gang; en vilkårlig tast skjuler den.</translation>
    </message>
    <message>
        <source>The room is open again with the same code: the phones and your remote come back by themselves, with their votes.</source>
        <translation>Rummet er åbent igen med samme kode: telefonerne og din fjernbetjening kommer selv tilbage, med deres stemmer.</translation>
    </message>
    <message>
        <source>Too many wrong room codes were typed: typing pauses for a few minutes. Phones that scan the join card still join.</source>
        <translation>For mange forkerte rumkoder blev tastet: indtastning holder pause i nogle minutter. Telefoner, der scanner deltagerkortet, kommer stadig med.</translation>
    </message>
    <message>
        <source>The room is closed to new phones; those that joined come back by themselves (%1 opens it).</source>
        <translation>Rummet er lukket for nye telefoner; de, der er med, kommer selv tilbage (%1 åbner det).</translation>
    </message>
    <message>
        <source>The room is open to new phones again (%1 closes it).</source>
        <translation>Rummet er åbent for nye telefoner igen (%1 lukker det).</translation>
    </message>
    <message>
        <source>Port %1 is taken by another program, so the room is open again on port %2: the join card is on the projector, for the phones to scan again (their votes are kept).</source>
        <translation>Port %1 er optaget af et andet program, så rummet er åbnet igen på port %2: deltagerkortet er på projektoren, så telefonerne kan scanne det igen (deres stemmer bevares).</translation>
    </message>
</context>
<context>
    <name>stoppunkt::Session</name>
    <message>
        <source>slide %1</source>
        <translation>dias %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (slide %2)</source>
        <translation>&quot;%1&quot; (dias %2)</translation>
    </message>
    <message>
        <source>%1 is no longer in the lesson; the session goes on at slide %2</source>
        <translation>%1 er ikke længere i lektionen; sessionen fortsætter på dias %2</translation>
    </message>
    <message>
        <source>the picks on %1 no longer fit a question of the lesson</source>
        <translation>gættene på %1 passer ikke længere til et spørgsmål i lektionen</translation>
    </message>
    <message numerus="yes">
        <source>%n flip-chart entries of %1 have no flip-chart slide in the lesson now</source>
        <translation>
            <numerusform>punktet på flipoveren fra %1 har ikke længere et flipover-dias i lektionen</numerusform>
            <numerusform>%n punkter på flipoveren fra %1 har ikke længere et flipover-dias i lektionen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n strokes drawn on %1 have no slide in the lesson now</source>
        <translation>
            <numerusform>%n streg tegnet på %1 har intet dias i lektionen nu</numerusform>
            <numerusform>%n streger tegnet på %1 har intet dias i lektionen nu</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stoppunkt::StopEditing</name>
    <message>
        <source>Go to a slide with the film to edit its stop points.</source>
        <translation>Gå til et dias med filmen for at redigere dens stoppunkter.</translation>
    </message>
    <message>
        <source>The film is not open yet, so its frames cannot be shown; try again when it plays.</source>
        <translation>Filmen er ikke åbnet endnu, så dens billeder kan ikke vises; prøv igen, når den spiller.</translation>
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
        <translation>der er allerede et stoppunkt på dette billede</translation>
    </message>
    <message>
        <source>no stop is selected: go to one first</source>
        <translation>intet stoppunkt er valgt: gå til et først</translation>
    </message>
    <message>
        <source>a stop moves only between the stops before and after it; to change their order, delete it and set a new one</source>
        <translation>et stoppunkt flyttes kun mellem stoppunkterne før og efter det; for at ændre rækkefølgen, slet det og sæt et nyt</translation>
    </message>
    <message>
        <source>there is no stop on this frame</source>
        <translation>der er intet stoppunkt på dette billede</translation>
    </message>
    <message>
        <source>the stop points</source>
        <translation>stoppunkterne</translation>
    </message>
</context>
<context>
    <name>stoppunkt::StopEditorView</name>
    <message>
        <source>The stop&apos;s label, as the console and the film card name it; Enter keeps it, Esc leaves it</source>
        <translation>Stoppunktets navn, som konsollen og filmkortet viser det; Enter gemmer, Esc fortryder</translation>
    </message>
    <message>
        <source>there is no stop on this frame: set one with S first</source>
        <translation>der er intet stoppunkt på dette billede: sæt et med S først</translation>
    </message>
    <message>
        <source>Stop points of %1</source>
        <translation>Stoppunkter i %1</translation>
    </message>
    <message>
        <source>%1 · frame %2</source>
        <translation>%1 · billede %2</translation>
    </message>
    <message>
        <source>The film is loading…</source>
        <translation>Filmen indlæses …</translation>
    </message>
    <message>
        <source>←/→ one frame · Shift+←/→ one second · PgUp/PgDn the stops · S set a stop here · M move the selected stop here · Delete delete the stop here · Enter its label · Ctrl+Z undo · Ctrl+Shift+Z redo · Esc close. Each change is saved in the lesson file at once.</source>
        <translation>←/→ ét billede · Shift+←/→ ét sekund · PgUp/PgDn stoppunkterne · S sæt et stoppunkt her · M flyt det valgte stoppunkt hertil · Delete slet stoppunktet her · Enter dets navn · Ctrl+Z fortryd · Ctrl+Shift+Z gentag · Esc luk. Hver ændring gemmes straks i lektionsfilen.</translation>
    </message>
    <message>
        <source>No stop points yet: go to a frame and press S.</source>
        <translation>Ingen stoppunkter endnu: gå til et billede og tryk S.</translation>
    </message>
    <message>
        <source>(no label)</source>
        <translation>(intet navn)</translation>
    </message>
    <message>
        <source>no question yet</source>
        <translation>intet spørgsmål endnu</translation>
    </message>
</context>
</TS>
