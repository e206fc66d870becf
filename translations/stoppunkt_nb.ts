<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb">
<context>
    <name>Action</name>
    <message>
        <source>Next: build, film, question, then slide</source>
        <translation>Neste: punkt, film, spørsmål, så lysbilde</translation>
    </message>
    <message>
        <source>Previous step or slide</source>
        <translation>Forrige steg eller lysbilde</translation>
    </message>
    <message>
        <source>First slide</source>
        <translation>Første lysbilde</translation>
    </message>
    <message>
        <source>Last slide</source>
        <translation>Siste lysbilde</translation>
    </message>
    <message>
        <source>Black screen on the projector (toggle)</source>
        <translation>Svart projektor (av og på)</translation>
    </message>
    <message>
        <source>White screen on the projector (toggle)</source>
        <translation>Hvit projektor (av og på)</translation>
    </message>
    <message>
        <source>Start or resume: projector full screen, blank off, timer on</source>
        <translation>Start eller fortsett: projektoren i fullskjerm, ikke blendet, klokka går</translation>
    </message>
    <message>
        <source>Leave blank, an overlay or full screen (never quits)</source>
        <translation>Gå ut av svart skjerm, en oversikt eller fullskjerm (avslutter aldri)</translation>
    </message>
    <message>
        <source>Quit (asks first)</source>
        <translation>Avslutt (spør først)</translation>
    </message>
    <message>
        <source>Pause or run the elapsed timer</source>
        <translation>Stopp eller start klokka</translation>
    </message>
    <message>
        <source>Reset the elapsed timer</source>
        <translation>Nullstill klokka</translation>
    </message>
    <message>
        <source>Overview of all slides, to jump</source>
        <translation>Oversikt over alle lysbilder, for å hoppe</translation>
    </message>
    <message>
        <source>This help</source>
        <translation>Denne hjelpen</translation>
    </message>
    <message>
        <source>Larger notes</source>
        <translation>Større notater</translation>
    </message>
    <message>
        <source>Smaller notes</source>
        <translation>Mindre notater</translation>
    </message>
    <message>
        <source>Scroll the notes down (when they do not fit)</source>
        <translation>Rull notatene ned (når de ikke får plass)</translation>
    </message>
    <message>
        <source>Scroll the notes up</source>
        <translation>Rull notatene opp</translation>
    </message>
    <message>
        <source>Swap the projector and console screens</source>
        <translation>Bytt projektorens og din skjerm</translation>
    </message>
    <message>
        <source>Reveal the right answer</source>
        <translation>Vis riktig svar</translation>
    </message>
    <message>
        <source>Undo the last pick</source>
        <translation>Angre det siste valget</translation>
    </message>
    <message>
        <source>Replay the film segment from its start</source>
        <translation>Spill av filmklippet fra start</translation>
    </message>
    <message>
        <source>Film subtitles on or off</source>
        <translation>Filmens undertekster av og på</translation>
    </message>
    <message>
        <source>Pause or resume the film</source>
        <translation>Sett filmen på pause eller fortsett</translation>
    </message>
    <message>
        <source>Film back 10 seconds</source>
        <translation>Filmen 10 sekunder tilbake</translation>
    </message>
    <message>
        <source>Film louder</source>
        <translation>Filmen høyere</translation>
    </message>
    <message>
        <source>Film softer</source>
        <translation>Filmen lavere</translation>
    </message>
    <message>
        <source>Write the room&apos;s answers on the flip chart (flip-chart slides)</source>
        <translation>Skriv deltakernes svar på flippoveren (flippover-lysbilder)</translation>
    </message>
    <message>
        <source>Open another lesson (on the summary slide, its choices come first)</source>
        <translation>Åpne en annen leksjon (på oppsummeringslysbildet kommer valgene der først)</translation>
    </message>
    <message>
        <source>Console language: dansk, norsk, svenska, English (remembered)</source>
        <translation>Språk på din skjerm: dansk, norsk, svenska, English (huskes)</translation>
    </message>
    <message>
        <source>Author mode: print the film&apos;s position as a stop point</source>
        <translation>Forfattermodus: skriv filmens posisjon som stoppunkt</translation>
    </message>
    <message>
        <source>The room answers from their phones: on or off (the room&apos;s Wi-Fi, nothing leaves it)</source>
        <translation>Deltakerne svarer fra telefonene sine: av eller på (rommets wifi, ingenting forlater det)</translation>
    </message>
    <message>
        <source>The join card on the projector: QR code and room code</source>
        <translation>Deltakerkortet på projektoren: QR-kode og romkode</translation>
    </message>
    <message>
        <source>Open or close the room&apos;s vote on this question</source>
        <translation>Åpne eller lukk deltakernes avstemning om dette spørsmålet</translation>
    </message>
    <message>
        <source>Show or hide the room&apos;s votes on the projector</source>
        <translation>Vis eller skjul deltakernes stemmer på projektoren</translation>
    </message>
    <message>
        <source>Put the room&apos;s first suggestion on the flip chart</source>
        <translation>Sett deltakernes første forslag på flippoveren</translation>
    </message>
    <message>
        <source>Drop the room&apos;s first suggestion</source>
        <translation>Forkast deltakernes første forslag</translation>
    </message>
    <message>
        <source>Where the room&apos;s phones join: choose the network (remembered)</source>
        <translation>Hvor deltakernes telefoner kobler seg på: velg nettverket (huskes)</translation>
    </message>
    <message>
        <source>Pair a phone as your remote: its code on the console, never on the projector</source>
        <translation>Par en telefon som fjernkontrollen din: koden vises på konsollen, aldri på projektoren</translation>
    </message>
    <message>
        <source>Drop the paired remote</source>
        <translation>Fjern den parede fjernkontrollen</translation>
    </message>
    <message>
        <source>Close the room to new phones once everyone is in, or open it again</source>
        <translation>Steng rommet for nye telefoner når alle er med, eller åpne det igjen</translation>
    </message>
    <message>
        <source>Pointer on the projector: the mouse over the slide moves it</source>
        <translation>Peker på projektoren: musen over lysbildet flytter den</translation>
    </message>
    <message>
        <source>Spotlight: all but the pointer&apos;s circle dimmed</source>
        <translation>Spotlys: alt unntatt pekerens sirkel dempet</translation>
    </message>
    <message>
        <source>Pen: draw on the slide with the mouse, a tablet or touch</source>
        <translation>Penn: tegn på lysbildet med musen, et tegnebrett eller berøring</translation>
    </message>
    <message>
        <source>Highlighter</source>
        <translation>Merkepenn</translation>
    </message>
    <message>
        <source>Eraser: removes the stroke under it</source>
        <translation>Viskelær: fjerner streken under det</translation>
    </message>
    <message>
        <source>Undo the last stroke, erase or clear</source>
        <translation>Angre siste strek, visking eller tømming</translation>
    </message>
    <message>
        <source>Clear this slide&apos;s strokes</source>
        <translation>Fjern strekene på lysbildet</translation>
    </message>
    <message>
        <source>Pen colour: red, blue, green, black</source>
        <translation>Pennfarge: rød, blå, grønn, svart</translation>
    </message>
    <message>
        <source>Pen width: thin, medium, thick</source>
        <translation>Pennbredde: tynn, middels, tykk</translation>
    </message>
    <message>
        <source>Zoom in where the mouse is (the wheel zooms, a drag pans)</source>
        <translation>Zoom inn der musen er (hjulet zoomer, dra flytter)</translation>
    </message>
    <message>
        <source>Author mode: set, move and label the film&apos;s stop points on its timeline</source>
        <translation>Forfattermodus: sett, flytt og navngi filmens stoppunkter på tidslinjen</translation>
    </message>
    <message>
        <source>Author mode: write this slide&apos;s notes</source>
        <translation>Forfattermodus: skriv notatene til dette lysbildet</translation>
    </message>
    <message>
        <source>Author mode: write the question at this film stop (or edit this question)</source>
        <translation>Forfattermodus: skriv spørsmålet ved dette stoppunktet (eller rediger dette spørsmålet)</translation>
    </message>
    <message>
        <source>Author mode: move this slide one place earlier</source>
        <translation>Forfattermodus: flytt dette lysbildet én plass fram</translation>
    </message>
    <message>
        <source>Author mode: move this slide one place later</source>
        <translation>Forfattermodus: flytt dette lysbildet én plass bakover</translation>
    </message>
    <message>
        <source>Author mode: copy this slide</source>
        <translation>Forfattermodus: kopier dette lysbildet</translation>
    </message>
    <message>
        <source>Author mode: delete this slide</source>
        <translation>Forfattermodus: slett dette lysbildet</translation>
    </message>
    <message>
        <source>Author mode: change this slide&apos;s title</source>
        <translation>Forfattermodus: endre tittelen på dette lysbildet</translation>
    </message>
    <message>
        <source>Author mode: split this deck slide in two at the build step shown</source>
        <translation>Forfattermodus: del dette presentasjonslysbildet i to ved trinnet som vises</translation>
    </message>
    <message>
        <source>Author mode: undo the last change to the lesson file</source>
        <translation>Forfattermodus: angre den siste endringen i leksjonsfilen</translation>
    </message>
    <message>
        <source>Author mode: redo the change undone last</source>
        <translation>Forfattermodus: gjør om den sist angrede endringen</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message numerus="yes">
        <source>%n slides</source>
        <translation>
            <numerusform>%n lysbilde</numerusform>
            <numerusform>%n lysbilder</numerusform>
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
            <numerusform>%n stoppunkt</numerusform>
            <numerusform>%n stoppunkter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n questions</source>
        <translation>
            <numerusform>%n spørsmål</numerusform>
            <numerusform>%n spørsmål</numerusform>
        </translation>
    </message>
    <message>
        <source>OK: %1</source>
        <translation>OK: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n errors</source>
        <translation>
            <numerusform>%1: %n feil</numerusform>
            <numerusform>%1: %n feil</numerusform>
        </translation>
    </message>
    <message>
        <source>Stoppunkt presents a training lesson on two screens: the projector for the room, a private console for the facilitator.</source>
        <translation>Stoppunkt viser en opplæringsleksjon på to skjermer: projektoren for deltakerne og en privat skjerm for møtelederen.</translation>
    </message>
    <message>
        <source>Check the lesson files and print every problem. Exit 0 when all are valid, 1 on lesson errors, 2 on usage errors.</source>
        <translation>Kontroller leksjonsfilene og skriv ut hvert problem. Avslutter med 0 når alle er gyldige, 1 ved feil i en leksjon, 2 ved feil bruk.</translation>
    </message>
    <message>
        <source>With --validate: show the result in a window instead of the terminal (the desktop menu&apos;s &quot;Check a lesson&quot;).</source>
        <translation>Med --validate: vis resultatet i et vindu i stedet for terminalen (skrivebordsmenyens «Kontroller en leksjon»).</translation>
    </message>
    <message>
        <source>Print one line per slide, with question options (* = right) and film segments, for review.</source>
        <translation>Skriv én linje per lysbilde med svaralternativer (* = riktig) og filmklipp, for gjennomgang.</translation>
    </message>
    <message>
        <source>Step through the lesson as a Next-only clicker would, writing step-NNN-projector.png and step-NNN-console.png into &lt;dir&gt;, then exit.</source>
        <translation>Gå gjennom leksjonen slik en fjernkontroll med bare Neste ville, skriv step-NNN-projector.png og step-NNN-console.png i &lt;mappe&gt;, og avslutt.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>mappe</translation>
    </message>
    <message>
        <source>Window size for --walkthrough (default 1920x1080).</source>
        <translation>Vindusstørrelse for --walkthrough (standard 1920x1080).</translation>
    </message>
    <message>
        <source>WxH</source>
        <translation>BxH</translation>
    </message>
    <message>
        <source>Rehearsal: both windows as normal windows, nothing full screen.</source>
        <translation>Generalprøve: begge vinduene som vanlige vinduer, ingenting i fullskjerm.</translation>
    </message>
    <message>
        <source>Put the projector window on the screen with this name.</source>
        <translation>Legg projektorvinduet på skjermen med dette navnet.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>navn</translation>
    </message>
    <message>
        <source>Print the time from start until both windows have painted the first slide.</source>
        <translation>Skriv tiden fra start til begge vinduene har tegnet det første lysbildet.</translation>
    </message>
    <message>
        <source>Quit once both windows have painted (for benchmarks).</source>
        <translation>Avslutt så snart begge vinduene er tegnet (for ytelsesmåling).</translation>
    </message>
    <message>
        <source>How the projector draws the film: gl (OpenGL), sw (software) or auto (gl where OpenGL works).</source>
        <translation>Hvordan projektoren tegner filmen: gl (OpenGL), sw (programvare) eller auto (gl der OpenGL virker).</translation>
    </message>
    <message>
        <source>Write the exact frame shown at each stop point as &lt;dir&gt;/stop-N.png at the film&apos;s size, then exit.</source>
        <translation>Lagre det nøyaktige bildet som vises ved hvert stoppunkt, som &lt;mappe&gt;/stop-N.png i filmens størrelse, og avslutt.</translation>
    </message>
    <message>
        <source>Author mode: M prints the film&apos;s position as a stop-point entry.</source>
        <translation>Forfattermodus: M skriver filmens posisjon som et stoppunkt.</translation>
    </message>
    <message>
        <source>Resume the interrupted session of this lesson without asking.</source>
        <translation>Fortsett den avbrutte økten i denne leksjonen uten å spørre.</translation>
    </message>
    <message>
        <source>Write the summary of a session record (SESSION.json) as a PDF; give the file with -o.</source>
        <translation>Skriv sammendraget av en øktlogg (SESSION.json) som PDF; oppgi filen med -o.</translation>
    </message>
    <message>
        <source>session</source>
        <translation>økt</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fil</translation>
    </message>
    <message>
        <source>Press these keys once the windows show, e.g. &quot;Right,Right,2&quot;; &quot;flipchart:TEXT&quot; adds a flip-chart entry; &quot;lesson:N&quot; opens the summary slide&apos;s Nth lesson, &quot;lesson:FILE&quot; any lesson (for automation).</source>
        <translation>Trykk disse tastene når vinduene vises, f.eks. «Right,Right,2»; «flipchart:TEKST» legger til et punkt på flippoveren; «lesson:N» åpner oppsummeringslysbildets N-te leksjon, «lesson:FIL» en hvilken som helst leksjon (for automatisering).</translation>
    </message>
    <message>
        <source>keys</source>
        <translation>taster</translation>
    </message>
    <message>
        <source>Print the session&apos;s state as JSON once the windows show (for automation).</source>
        <translation>Skriv øktens tilstand som JSON når vinduene vises (for automatisering).</translation>
    </message>
    <message>
        <source>Write the facilitator&apos;s handout (two slides per page, with their notes) as a PDF, then exit.</source>
        <translation>Skriv møtelederens hefte (to lysbilder per side med notatene deres) som PDF, og avslutt.</translation>
    </message>
    <message>
        <source>pdf</source>
        <translation>pdf</translation>
    </message>
    <message>
        <source>Reload the lesson when its file changes, staying on the same slide (live preview).</source>
        <translation>Last inn leksjonen på nytt når filen endres, og bli på samme lysbilde (direkte forhåndsvisning).</translation>
    </message>
    <message>
        <source>The language of the console, the dialogs and these messages: da, nb, sv or en. Without it, the language last chosen in the console (key L), else the system&apos;s.</source>
        <translation>Språket på din skjerm, i dialogene og i disse meldingene: da, nb, sv eller en. Uten det: språket som sist ble valgt på skjermen (tasten L), ellers systemets.</translation>
    </message>
    <message>
        <source>Lesson file(s) (lesson.json).</source>
        <translation>Leksjonsfil(er) (lesson.json).</translation>
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
        <translation>--size tar BREDDExHØYDE, f.eks. 1920x1080</translation>
    </message>
    <message>
        <source>--report SESSION.json needs -o report.pdf, and nothing else</source>
        <translation>--report SESSION.json krever -o rapport.pdf og ingenting annet</translation>
    </message>
    <message>
        <source>%1 takes exactly one lesson file</source>
        <translation>%1 tar nøyaktig én leksjonsfil</translation>
    </message>
    <message>
        <source>give one lesson to present</source>
        <translation>oppgi én leksjon som skal vises</translation>
    </message>
    <message>
        <source>The lesson is ready</source>
        <translation>Leksjonen er klar</translation>
    </message>
    <message>
        <source>The lesson has problems</source>
        <translation>Leksjonen har problemer</translation>
    </message>
    <message>
        <source>Try &apos;stoppunkt --help&apos; for more information.</source>
        <translation>Prøv «stoppunkt --help» for mer informasjon.</translation>
    </message>
    <message>
        <source>there is no display to show the windows on (DISPLAY is not set). Start it in a desktop session, or use --walkthrough, --validate or --outline.</source>
        <translation>det finnes ingen skjerm å vise vinduene på (DISPLAY er ikke satt). Start programmet i en skrivebordsøkt, eller bruk --walkthrough, --validate eller --outline.</translation>
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
        <translation>loggens leksjon %1 kan ikke leses:</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>kan ikke opprette %1</translation>
    </message>
    <message>
        <source>the film did not load</source>
        <translation>filmen ble ikke lastet inn</translation>
    </message>
    <message>
        <source>the film did not reach stop point %1</source>
        <translation>filmen nådde ikke stoppunkt %1</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>kan ikke skrive %1</translation>
    </message>
    <message numerus="yes">
        <source>wrote %n stop frames to %1</source>
        <translation>
            <numerusform>skrev %n stoppbilde til %1</numerusform>
            <numerusform>skrev %n stoppbilder til %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>wrote %n steps to %1</source>
        <translation>
            <numerusform>skrev %n steg til %1</numerusform>
            <numerusform>skrev %n steg til %1</numerusform>
        </translation>
    </message>
    <message>
        <source>lesson</source>
        <translation>leksjon</translation>
    </message>
    <message>
        <source>[lesson...]</source>
        <translation>[leksjon ...]</translation>
    </message>
    <message>
        <source>address</source>
        <translation>adresse</translation>
    </message>
    <message>
        <source>--room-address takes an IP address, like 192.168.1.20</source>
        <translation>--room-address tar en IP-adresse, f.eks. 192.168.1.20</translation>
    </message>
    <message>
        <source>The address the room&apos;s phones connect to when participation is on (Ctrl+J by default). Without it, this computer&apos;s address on the local network.</source>
        <translation>Adressen deltakernes telefoner kobler seg til når de kan svare (Ctrl+J som standard). Uten den: denne datamaskinens adresse på det lokale nettverket.</translation>
    </message>
    <message>
        <source>With --handout: print the strokes drawn in this session record (SESSION.json) on their slides.</source>
        <translation>Med --handout: skriv ut strekene som ble tegnet i denne øktloggen (SESSION.json), på lysbildene sine.</translation>
    </message>
    <message>
        <source>--drawings SESSION.json goes with --handout</source>
        <translation>--drawings SESSION.json hører sammen med --handout</translation>
    </message>
    <message>
        <source>%1 has no state to take the drawings from</source>
        <translation>%1 har ingen tilstand å hente tegningene fra</translation>
    </message>
    <message>
        <source>Present it with: stoppunkt %1</source>
        <translation>Vis den med: stoppunkt %1</translation>
    </message>
    <message>
        <source>The report&apos;s PDF file, or the lesson folder an import writes.</source>
        <translation>Rapportens PDF-fil, eller leksjonsmappen en import skriver.</translation>
    </message>
    <message>
        <source>Bring a deck in as a lesson: write the lesson folder given with -o, with one page slide per page, its titles and its speaker notes. Takes a PDF (notes from a .pdfpc file beside it), a PowerPoint .pptx or an Impress .odp (pages drawn by LibreOffice).</source>
        <translation>Hent inn en presentasjon som leksjon: skriv leksjonsmappen gitt med -o, med ett sidelysbilde per side, titlene og talenotatene. Tar en PDF (notater fra en .pdfpc-fil ved siden av), en PowerPoint .pptx eller en Impress .odp (sidene tegnes av LibreOffice).</translation>
    </message>
    <message>
        <source>deck</source>
        <translation>presentasjon</translation>
    </message>
    <message>
        <source>With --import: overwrite a lesson.json that differs from the import (the old one is kept as lesson.json.bak).</source>
        <translation>Med --import: overskriv en lesson.json som avviker fra importen (den gamle beholdes som lesson.json.bak).</translation>
    </message>
    <message>
        <source>--import DECK needs -o FOLDER, the lesson folder to write, and nothing else</source>
        <translation>--import PRESENTASJON krever -o MAPPE, leksjonsmappen som skal skrives, og ingenting annet</translation>
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
        <translation>%1 krever minst én leksjonsfil</translation>
    </message>
    <message>
        <source>Stoppunkt</source>
        <translation>Stoppunkt</translation>
    </message>
    <message>
        <source>The lesson %1 has errors and cannot be opened:

%2</source>
        <translation>Leksjonen %1 har feil og kan ikke åpnes:

%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; draws nothing here</source>
        <translation>«%1» tegner ingenting her</translation>
    </message>
    <message>
        <source>cannot open lesson &quot;%1&quot;</source>
        <translation>kan ikke åpne leksjonen «%1»</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a key here</source>
        <translation>«%1» er ikke en tast her</translation>
    </message>
    <message>
        <source>Accessibility: nothing found</source>
        <translation>Tilgjengelighet: ingenting funnet</translation>
    </message>
    <message numerus="yes">
        <source>Accessibility: %n warnings</source>
        <translation>
            <numerusform>Tilgjengelighet: %n advarsel</numerusform>
            <numerusform>Tilgjengelighet: %n advarsler</numerusform>
        </translation>
    </message>
    <message>
        <source>With --validate: also warn about what keeps some trainees out: a page slide with no text alternative, a film with no subtitles in the lesson&apos;s language, text drawn too small to read from the back of the room.</source>
        <translation>Med --validate: advar også om det som holder noen kursdeltakere ute: en sidelysbilde uten tekstalternativ, en film uten undertekster på leksjonens språk, tekst tegnet for liten til å leses fra bakerste rad.</translation>
    </message>
</context>
<context>
    <name>Console</name>
    <message>
        <source>Go to slide %1: Enter</source>
        <translation>Gå til lysbilde %1: Enter</translation>
    </message>
</context>
<context>
    <name>ConsolePanels</name>
    <message>
        <source>Right answer: no. %1</source>
        <translation>Riktig svar: nr. %1</translation>
    </message>
    <message>
        <source>The question comes at the stop point.</source>
        <translation>Spørsmålet kommer ved stoppunktet.</translation>
    </message>
    <message>
        <source>Discussing: the room sees no marks.</source>
        <translation>Diskusjon: deltakerne ser ingen markeringer.</translation>
    </message>
    <message numerus="yes">
        <source>Picking: %n wrong so far.</source>
        <translation>
            <numerusform>Gruppen gjetter: %n feil så langt.</numerusform>
            <numerusform>Gruppen gjetter: %n feil så langt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Keys 1–%1 pick, %2 reveals, %3 undoes.</source>
        <translation>1–%1 velger et svar, %2 viser det riktige, %3 angrer.</translation>
    </message>
    <message>
        <source>Found by picking: no. %1. Next goes on.</source>
        <translation>Gruppen fant det: nr. %1. Neste går videre.</translation>
    </message>
    <message>
        <source>Revealed. Next goes on.</source>
        <translation>Svaret er vist. Neste går videre.</translation>
    </message>
    <message>
        <source>[pick %1]</source>
        <translation>[valg %1]</translation>
    </message>
    <message>
        <source>cannot play</source>
        <translation>kan ikke spilles av</translation>
    </message>
    <message>
        <source>loading…</source>
        <translation>laster inn …</translation>
    </message>
    <message>
        <source>paused (%1 resumes)</source>
        <translation>på pause (%1 fortsetter)</translation>
    </message>
    <message>
        <source>playing</source>
        <translation>spiller av</translation>
    </message>
    <message>
        <source>at the stop point</source>
        <translation>ved stoppunktet</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>slutt</translation>
    </message>
    <message>
        <source>ready: Next starts the film</source>
        <translation>klar: Neste starter filmen</translation>
    </message>
    <message>
        <source>This lesson has no film.</source>
        <translation>Denne leksjonen har ingen film.</translation>
    </message>
    <message>
        <source>No film on this slide.</source>
        <translation>Ingen film på dette lysbildet.</translation>
    </message>
    <message>
        <source>to the end</source>
        <translation>til slutten</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 om %2</translation>
    </message>
    <message>
        <source>subtitles on (%1 hides)</source>
        <translation>undertekster på (%1 skjuler)</translation>
    </message>
    <message>
        <source>subtitles off (%1 shows)</source>
        <translation>undertekster av (%1 viser)</translation>
    </message>
    <message>
        <source>NEXT LESSON  (%1 opens the one the group chose)</source>
        <translation>NESTE LEKSJON  (%1 åpner den gruppen valgte)</translation>
    </message>
    <message>
        <source>%1 %2 (not found)</source>
        <translation>%1 %2 (finnes ikke)</translation>
    </message>
    <message>
        <source>FLIP CHART  (%1 writes, click an entry to edit it)</source>
        <translation>FLIPPOVER  (%1 skriver, klikk på et punkt for å endre det)</translation>
    </message>
    <message>
        <source>No entries yet.</source>
        <translation>Ingenting skrevet ennå.</translation>
    </message>
    <message>
        <source>Summary  —  %1 of %2 planned</source>
        <translation>Oppsummering  —  %1 av planlagt %2</translation>
    </message>
    <message>
        <source>Summary  —  %1</source>
        <translation>Oppsummering  —  %1</translation>
    </message>
    <message>
        <source>no picks</source>
        <translation>ingen valg</translation>
    </message>
    <message>
        <source>picks %1</source>
        <translation>valg %1</translation>
    </message>
    <message>
        <source>found in %1</source>
        <translation>funnet på %1</translation>
    </message>
    <message>
        <source>revealed after %1</source>
        <translation>vist etter %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n flip-chart entries</source>
        <translation>
            <numerusform>%1: %n punkt på flippoveren</numerusform>
            <numerusform>%1: %n punkter på flippoveren</numerusform>
        </translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Taster</translation>
    </message>
    <message>
        <source>1–6 pick an option at a question. Elsewhere, type a slide number and press Enter to jump. Keys can be changed in %1.</source>
        <translation>1–6 velger et svar ved et spørsmål. Ellers: skriv et lysbildenummer og trykk Enter for å hoppe dit. Tastene kan endres i %1.</translation>
    </message>
</context>
<context>
    <name>DeckCheck</name>
    <message>
        <source>cannot be opened</source>
        <translation>kan ikke åpnes</translation>
    </message>
    <message>
        <source>is not a PDF that can be read (damaged, cut short or another kind of file)</source>
        <translation>er ikke en PDF som kan leses (skadet, avkortet eller en annen type fil)</translation>
    </message>
    <message>
        <source>is encrypted with a password; export it again without one</source>
        <translation>er kryptert med et passord; eksporter den på nytt uten</translation>
    </message>
    <message>
        <source>is protected in a way that cannot be opened; export it again without protection</source>
        <translation>er beskyttet på en måte som ikke kan åpnes; eksporter den på nytt uten beskyttelse</translation>
    </message>
    <message>
        <source>cannot be read as a PDF</source>
        <translation>kan ikke leses som PDF</translation>
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
        <translation>kan ikke opprette en midlertidig mappe for LibreOffice: %1</translation>
    </message>
    <message>
        <source>LibreOffice (%1) did not start: %2</source>
        <translation>LibreOffice (%1) startet ikke: %2</translation>
    </message>
    <message>
        <source>LibreOffice could not convert the deck to PDF (exit code %1): %2</source>
        <translation>LibreOffice kunne ikke konvertere presentasjonen til PDF (avslutningskode %1): %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>kan ikke skrive %1: %2</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: filen finnes ikke</translation>
    </message>
    <message>
        <source>%1: the import takes a PDF (.pdf), PowerPoint (.pptx) or Impress (.odp) deck</source>
        <translation>%1: importen tar en PDF- (.pdf), PowerPoint- (.pptx) eller Impress-presentasjon (.odp)</translation>
    </message>
    <message>
        <source>%1: drawing the pages of a PowerPoint or Impress deck needs LibreOffice, which is not installed. Install it (sudo apt install libreoffice-impress), or save the deck as PDF and import that.</source>
        <translation>%1: for å tegne sidene i en PowerPoint- eller Impress-presentasjon trengs LibreOffice, som ikke er installert. Installer det (sudo apt install libreoffice-impress), eller lagre presentasjonen som PDF og importer den.</translation>
    </message>
    <message>
        <source>Converted %1 to PDF with LibreOffice.</source>
        <translation>Konverterte %1 til PDF med LibreOffice.</translation>
    </message>
    <message>
        <source>cannot make the folder %1</source>
        <translation>kan ikke opprette mappen %1</translation>
    </message>
    <message>
        <source>%1 exists and differs from what this import writes (it may hold your edits), so it was left as it is. Import into another folder, or add --replace to overwrite it (the old file is kept as lesson.json.bak).</source>
        <translation>%1 finnes og avviker fra det importen skriver (den kan inneholde endringene dine), så den ble ikke rørt. Importer til en annen mappe, eller legg til --replace for å overskrive den (den gamle filen beholdes som lesson.json.bak).</translation>
    </message>
    <message>
        <source>cannot keep the old lesson as %1.bak; nothing was written</source>
        <translation>kan ikke beholde den gamle leksjonen som %1.bak; ingenting ble skrevet</translation>
    </message>
    <message>
        <source>Kept the old lesson as %1.bak.</source>
        <translation>Beholdt den gamle leksjonen som %1.bak.</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>kan ikke lese %1: %2</translation>
    </message>
    <message>
        <source>%1 already holds this import; it was left as it is.</source>
        <translation>%1 inneholder allerede denne importen; den ble ikke rørt.</translation>
    </message>
    <message>
        <source>the lesson written does not pass its own check (see above); please report this</source>
        <translation>den skrevne leksjonen består ikke sin egen kontroll (se over); meld gjerne fra om det</translation>
    </message>
    <message>
        <source>slide %1: its title was shortened to fit on the console</source>
        <translation>lysbilde %1: tittelen ble forkortet så den passer på konsollen</translation>
    </message>
    <message>
        <source>slide %1: it has more notes than a slide holds; the last ones were joined into one</source>
        <translation>lysbilde %1: det har flere notater enn et lysbilde rommer; de siste ble slått sammen til ett</translation>
    </message>
    <message>
        <source>is not a PowerPoint package that can be read: %1</source>
        <translation>er ikke en PowerPoint-pakke som kan leses: %1</translation>
    </message>
    <message>
        <source>has no ppt/presentation.xml: it is not a PowerPoint presentation</source>
        <translation>har ingen ppt/presentation.xml: det er ikke en PowerPoint-presentasjon</translation>
    </message>
    <message>
        <source>is not an Impress package that can be read: %1</source>
        <translation>er ikke en Impress-pakke som kan leses: %1</translation>
    </message>
    <message>
        <source>has no content.xml: it is not an Impress presentation</source>
        <translation>har ingen content.xml: det er ikke en Impress-presentasjon</translation>
    </message>
    <message>
        <source>cannot be read (larger than 16 MB, or not readable)</source>
        <translation>kan ikke leses (større enn 16 MB eller ikke lesbar)</translation>
    </message>
    <message>
        <source>Read %1, written by pdfpc before version 4.5 (its notes are by slide).</source>
        <translation>Leste %1, skrevet av pdfpc før versjon 4.5 (notatene står per lysbilde).</translation>
    </message>
    <message>
        <source>Read %1.</source>
        <translation>Leste %1.</translation>
    </message>
    <message>
        <source>Slide %1 plays a film linked from %2, outside the deck: the slide came in as its page. Copy the film into the lesson folder and add it to the lesson to play it.</source>
        <translation>Lysbilde %1 spiller en film som er lenket fra %2, utenfor presentasjonen: lysbildet kom med som sin side. Kopier filmen inn i leksjonsmappen, og legg den til i leksjonen for å spille den.</translation>
    </message>
    <message>
        <source>%1: the film %2 inside it cannot be copied to %3 (damaged, larger than 8 GB, or the folder cannot be written)</source>
        <translation>%1: filmen %2 i den kan ikke kopieres til %3 (skadet, større enn 8 GB, eller mappen kan ikke skrives)</translation>
    </message>
    <message>
        <source>%1: the file is empty (0 bytes)</source>
        <translation>%1: filen er tom (0 byte)</translation>
    </message>
    <message>
        <source>Wrote %1: &quot;%2&quot;, language %3.</source>
        <translation>Skrev %1: «%2», språk %3.</translation>
    </message>
    <message>
        <source>the deck shows %1 slides but LibreOffice&apos;s PDF of it has %2 pages, so the notes cannot be put on their own slides; nothing was imported</source>
        <translation>presentasjonen viser %1 lysbilder, men LibreOffices PDF av den har %2 sider, så notatene kan ikke settes på sine egne lysbilder; ingenting ble importert</translation>
    </message>
    <message numerus="yes">
        <source>Slides: %n.</source>
        <translation>
            <numerusform>Lysbilder: %n.</numerusform>
            <numerusform>Lysbilder: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Notes: on %n slides.</source>
        <translation>
            <numerusform>Notater: på %n lysbilde.</numerusform>
            <numerusform>Notater: på %n lysbilder.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n notes were written on a build step&apos;s page; the console shows them at that step.</source>
        <translation>
            <numerusform>%n notat ble skrevet på et trinns side; konsollen viser det ved det trinnet.</numerusform>
            <numerusform>%n notater ble skrevet på et trinns side; konsollen viser dem ved det trinnet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Time plan: %n minutes, as pdfpc planned the talk.</source>
        <translation>
            <numerusform>Tidsplan: %n minutt, slik pdfpc planla foredraget.</numerusform>
            <numerusform>Tidsplan: %n minutter, slik pdfpc planla foredraget.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Time plan: the rehearsed timings of %n slides.</source>
        <translation>
            <numerusform>Tidsplan: de innøvde tidene for %n lysbilde.</numerusform>
            <numerusform>Tidsplan: de innøvde tidene for %n lysbilder.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out: %n hidden slides (hidden in the deck, so its PDF has no pages for them).</source>
        <translation>
            <numerusform>Utelatt: %n skjult lysbilde (skjult i presentasjonen, så PDF-en har ingen side for det).</numerusform>
            <numerusform>Utelatt: %n skjulte lysbilder (skjult i presentasjonen, så PDF-en har ingen sider for dem).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out: %n pages that pdfpc hides.</source>
        <translation>
            <numerusform>Utelatt: %n side som pdfpc skjuler.</numerusform>
            <numerusform>Utelatt: %n sider som pdfpc skjuler.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>has no slides to show: all %n of its slides are hidden</source>
        <translation>
            <numerusform>har ingen lysbilder å vise: det eneste lysbildet er skjult</numerusform>
            <numerusform>har ingen lysbilder å vise: alle %n lysbildene er skjult</numerusform>
        </translation>
    </message>
    <message>
        <source>has no slides: there is nothing to import</source>
        <translation>har ingen lysbilder: det er ingenting å importere</translation>
    </message>
    <message>
        <source>is not a pdfpc notes file: pdfpc writes JSON with a &quot;pages&quot; array, or (before pdfpc 4.5) a [notes] section</source>
        <translation>er ikke en pdfpc-notatfil: pdfpc skriver JSON med en &quot;pages&quot;-liste eller (før pdfpc 4.5) en [notes]-seksjon</translation>
    </message>
    <message>
        <source>it is not a zip package, as PowerPoint and Impress files are (another kind of file with this ending, or cut short)</source>
        <translation>den er ikke en zip-pakke, slik PowerPoint- og Impress-filer er (en annen type fil med denne endelsen, eller avkortet)</translation>
    </message>
    <message>
        <source>the file is not there</source>
        <translation>filen finnes ikke</translation>
    </message>
    <message>
        <source>the file cannot be read (check that you may read it)</source>
        <translation>filen kan ikke leses (sjekk at du har lov til å lese den)</translation>
    </message>
    <message>
        <source>the package is damaged (save it again from PowerPoint or Impress)</source>
        <translation>pakken er skadet (lagre den på nytt fra PowerPoint eller Impress)</translation>
    </message>
    <message>
        <source>it is encrypted; save it again without a password</source>
        <translation>den er kryptert; lagre den på nytt uten passord</translation>
    </message>
    <message>
        <source>there is not enough memory to open it</source>
        <translation>det er ikke nok minne til å åpne den</translation>
    </message>
    <message>
        <source>it cannot be opened as a zip package (error %1)</source>
        <translation>den kan ikke åpnes som zip-pakke (feil %1)</translation>
    </message>
    <message numerus="yes">
        <source>Build steps: %n slides step through their pages (%1 steps in all).</source>
        <translation>
            <numerusform>Trinn: %n lysbilde går trinn for trinn gjennom sidene sine (%1 trinn i alt).</numerusform>
            <numerusform>Trinn: %n lysbilder går trinn for trinn gjennom sidene sine (%1 trinn i alt).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Films: %n packed in the deck, copied beside the lesson (%1). Set their stops with the stop editor.</source>
        <translation>
            <numerusform>Filmer: %n pakket i presentasjonen, kopiert ved siden av leksjonen (%1). Sett stoppunktene med stoppunktredigereren.</numerusform>
            <numerusform>Filmer: %n pakket i presentasjonen, kopiert ved siden av leksjonen (%1). Sett stoppunktene med stoppunktredigereren.</numerusform>
        </translation>
    </message>
    <message>
        <source>slide %1: its words are too many for a text alternative; write its &quot;description&quot; yourself</source>
        <translation>lysbilde %1: ordene er for mange for et tekstalternativ; skriv selv dets &quot;description&quot;</translation>
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
        <translation>er en spilleliste eller en henvisning til andre filer, ikke en videofil</translation>
    </message>
    <message>
        <source>is not a video file that can be played (%1)</source>
        <translation>er ikke en videofil som kan spilles av (%1)</translation>
    </message>
    <message>
        <source>is a playlist or a reference to other files (%1), not a video file</source>
        <translation>er en spilleliste eller en henvisning til andre filer (%1), ikke en videofil</translation>
    </message>
    <message>
        <source>has no video in it</source>
        <translation>inneholder ingen video</translation>
    </message>
    <message>
        <source>is a picture, not a film</source>
        <translation>er et bilde, ikke en film</translation>
    </message>
    <message>
        <source>could not be read within %1 s</source>
        <translation>kunne ikke leses innen %1 s</translation>
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
        <translation>grønn</translation>
    </message>
    <message>
        <source>black</source>
        <translation>svart</translation>
    </message>
    <message>
        <source>thin</source>
        <translation>tynn</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>middels</translation>
    </message>
    <message>
        <source>thick</source>
        <translation>tykk</translation>
    </message>
    <message>
        <source>Pen, %1 and %2: draw on the slide (%3 colour, %4 width, %5 puts it away)</source>
        <translation>Penn, %1 og %2: tegn på lysbildet (%3 farge, %4 bredde, %5 legger den bort)</translation>
    </message>
    <message>
        <source>Highlighter: mark the slide (%1 puts it away)</source>
        <translation>Merkepenn: merk på lysbildet (%1 legger den bort)</translation>
    </message>
    <message numerus="yes">
        <source>Eraser: %n strokes on this slide (%1 undoes, %2 puts it away)</source>
        <translation>
            <numerusform>Viskelær: %n strek på lysbildet (%1 angrer, %2 legger det bort)</numerusform>
            <numerusform>Viskelær: %n streker på lysbildet (%1 angrer, %2 legger det bort)</numerusform>
        </translation>
    </message>
    <message>
        <source>Zoomed %1×: drag to move, the wheel zooms (%2 shows the whole slide)</source>
        <translation>Zoomet %1×: dra for å flytte, hjulet zoomer (%2 viser hele lysbildet)</translation>
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
        <translation>%1: filen kan ikke leses</translation>
    </message>
    <message>
        <source>%1: not a JSON object (%2 at byte %3); default keys are used</source>
        <translation>%1: ikke et JSON-objekt (%2 ved byte %3); standardtastene brukes</translation>
    </message>
    <message>
        <source>%1: unknown action &quot;%2&quot;</source>
        <translation>%1: ukjent handling «%2»</translation>
    </message>
    <message>
        <source>; did you mean &quot;%1&quot;?</source>
        <translation>; mente du «%1»?</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be a list of keys, like [&quot;Right&quot;, &quot;Space&quot;]</source>
        <translation>%1: «%2» må være en liste med taster, f.eks. [&quot;Right&quot;, &quot;Space&quot;]</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot;: &quot;%3&quot; is not a key</source>
        <translation>%1: «%2»: «%3» er ikke en tast</translation>
    </message>
</context>
<context>
    <name>LessonCheck</name>
    <message>
        <source>%1 must be a string, or an array of strings (one per line), found %2</source>
        <translation>%1 må være en tekst eller en array av tekster (én per linje), men er %2</translation>
    </message>
    <message>
        <source>line %1 of %2 must be a non-empty string</source>
        <translation>linje %1 i %2 må være en tekst som ikke er tom</translation>
    </message>
    <message>
        <source>an axis</source>
        <translation>en akse</translation>
    </message>
    <message>
        <source>%1 must be &quot;low&quot; or &quot;high&quot;, found %2</source>
        <translation>%1 må være &quot;low&quot; eller &quot;high&quot;, men er %2</translation>
    </message>
    <message>
        <source>a table has at most 6 columns; this one has %1</source>
        <translation>en tabell har høyst 6 kolonner; denne har %1</translation>
    </message>
    <message>
        <source>a table needs at least one row</source>
        <translation>en tabell må ha minst én rad</translation>
    </message>
    <message>
        <source>a table has at most %1 rows, so the room can read them; this one has %2</source>
        <translation>en tabell har høyst %1 rader, så deltakerne kan lese dem; denne har %2</translation>
    </message>
    <message>
        <source>row %1 must be an array of cells, found %2</source>
        <translation>rad %1 må være en array av celler, men er %2</translation>
    </message>
    <message numerus="yes">
        <source>row %1 has %n cells, but the table has %2</source>
        <translation>
            <numerusform>rad %1 har %n celle, men tabellen har %2</numerusform>
            <numerusform>rad %1 har %n celler, men tabellen har %2</numerusform>
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
        <translation>celle %1 i rad %2</translation>
    </message>
    <message>
        <source>a 2×2 matrix has exactly 4 quadrants; this one has %1</source>
        <translation>en 2×2-matrise har nøyaktig 4 felt; denne har %1</translation>
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
        <translation>felt %1 ligger på x %2, y %3, der %4 allerede ligger</translation>
    </message>
    <message>
        <source>a chart has 1 to 4 series; this one has %1</source>
        <translation>et diagram har 1 til 4 serier; dette har %1</translation>
    </message>
    <message>
        <source>&quot;max&quot; must be above 0 and at most 1000000000</source>
        <translation>&quot;max&quot; må være over 0 og høyst 1000000000</translation>
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
            <numerusform>kategori %1 har %n verdi, men diagrammet har %2 serier (én verdi per serie)</numerusform>
            <numerusform>kategori %1 har %n verdier, men diagrammet har %2 serier (én verdi per serie)</numerusform>
        </translation>
    </message>
    <message>
        <source>value %1 must be a number, found %2</source>
        <translation>verdi %1 må være et tall, men er %2</translation>
    </message>
    <message>
        <source>value %1 (%2) is negative; bars start at 0</source>
        <translation>verdi %1 (%2) er negativ; søylene starter på 0</translation>
    </message>
    <message>
        <source>value %1 (%2) is above 1000000000; give the values in a larger unit</source>
        <translation>verdi %1 (%2) er over 1000000000; oppgi verdiene i en større enhet</translation>
    </message>
    <message>
        <source>value %1 (%2) is above &quot;max&quot; (%3)</source>
        <translation>verdi %1 (%2) er over &quot;max&quot; (%3)</translation>
    </message>
    <message>
        <source>&quot;at&quot; must be between 0 and 24 hours, in seconds</source>
        <translation>&quot;at&quot; må være mellom 0 og 24 timer, i sekunder</translation>
    </message>
    <message>
        <source>&quot;at&quot; %1 is more than 24 hours into the film; no film is that long</source>
        <translation>&quot;at&quot; %1 er mer enn 24 timer inn i filmen; ingen film er så lang</translation>
    </message>
    <message>
        <source>&quot;at&quot; %1 is not a time; write &quot;mm:ss.fff&quot; (&quot;01:23.480&quot;) or seconds (83.48)</source>
        <translation>&quot;at&quot; %1 er ikke et tidspunkt; skriv &quot;mm:ss.fff&quot; (&quot;01:23.480&quot;) eller sekunder (83.48)</translation>
    </message>
    <message>
        <source>&quot;at&quot; must be a time string (&quot;mm:ss.fff&quot;) or a number of seconds, found %1</source>
        <translation>&quot;at&quot; må være et tidspunkt som tekst (&quot;mm:ss.fff&quot;) eller et antall sekunder, men er %1</translation>
    </message>
    <message>
        <source>a film has at most %1 stop points, so the room can read them; this one has %2</source>
        <translation>en film har høyst %1 stoppunkter, så deltakerne kan følge med; denne har %2</translation>
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
        <translation>stoppunkt-id %1 finnes to ganger i film %2; et stoppunkts id må være unikt</translation>
    </message>
    <message>
        <source>stop point %1 at %2 has the same time as stop point %3</source>
        <translation>stoppunkt %1 ved %2 har samme tid som stoppunkt %3</translation>
    </message>
    <message>
        <source>stop point %1 at %2 comes before the previous stop point %3 at %4; list stop points in time order</source>
        <translation>stoppunkt %1 ved %2 kommer før det forrige stoppunktet %3 ved %4; skriv stoppunktene i tidsrekkefølge</translation>
    </message>
    <message>
        <source>the lesson</source>
        <translation>leksjonen</translation>
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
        <translation>film-id %1 finnes to ganger; en films id må være unikt</translation>
    </message>
    <message>
        <source>&quot;fps&quot; must be between 1 and 240 frames a second (films have 23.976 to 60)</source>
        <translation>&quot;fps&quot; må være mellom 1 og 240 bilder i sekundet (filmer har 23,976 til 60)</translation>
    </message>
    <message>
        <source> or </source>
        <translation> eller </translation>
    </message>
    <message>
        <source>%1 contains a NUL character</source>
        <translation>%1 inneholder et NUL-tegn</translation>
    </message>
    <message>
        <source>%1 is a URL or protocol (%2); films must be files in the lesson&apos;s folder or the project&apos;s media folder</source>
        <translation>%1 er en URL eller en protokoll (%2); filmer må være filer i leksjonens mappe eller prosjektets mediemappe</translation>
    </message>
    <message>
        <source>%1 is an absolute path; write it relative to the lesson file</source>
        <translation>%1 er en absolutt sti; skriv den relativt til leksjonsfilen</translation>
    </message>
    <message>
        <source>%1 leaves the allowed folders (%2)</source>
        <translation>%1 går utenfor de tillatte mappene (%2)</translation>
    </message>
    <message>
        <source>%1 was not found at %2</source>
        <translation>%1 ble ikke funnet på %2</translation>
    </message>
    <message>
        <source>%1 is a link that leads outside the allowed folders (%2)</source>
        <translation>%1 er en lenke som fører utenfor de tillatte mappene (%2)</translation>
    </message>
    <message>
        <source>%1 is not a regular file</source>
        <translation>%1 er ikke en vanlig fil</translation>
    </message>
    <message>
        <source>subtitles %1</source>
        <translation>undertekstene %1</translation>
    </message>
    <message>
        <source>%1 must be an SRT (.srt) or WebVTT (.vtt) file</source>
        <translation>%1 må være en SRT-fil (.srt) eller WebVTT-fil (.vtt)</translation>
    </message>
    <message>
        <source>%1; until it exists the film shows without them</source>
        <translation>%1; til den finnes, vises filmen uten dem</translation>
    </message>
    <message>
        <source>%1 is larger than 4 MB; a film&apos;s subtitles are far smaller</source>
        <translation>%1 er større enn 4 MB; en films undertekster er langt mindre</translation>
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
        <translation>%1; til den finnes, viser projektoren et kort i stedet for filmen</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>stop point %1 at %2 is after the end of the film, which runs %3</source>
        <translation>stoppunkt %1 ved %2 ligger etter slutten av filmen; filmen varer %3</translation>
    </message>
    <message>
        <source>refers to film %1, but the lesson has no film with that id; add it under &quot;films&quot;</source>
        <translation>viser til film %1, men leksjonen har ingen film med den id-en; legg den til under &quot;films&quot;</translation>
    </message>
    <message>
        <source>refers to film %1, but the lesson has no film with that id; did you mean %2?</source>
        <translation>viser til film %1, men leksjonen har ingen film med den id-en; mente du %2?</translation>
    </message>
    <message>
        <source>refers to film %1, but the lesson has no film with that id; its films are %2</source>
        <translation>viser til film %1, men leksjonen har ingen film med den id-en; filmene er %2</translation>
    </message>
    <message>
        <source>refers to stop point %1, but film %2 has no stop points</source>
        <translation>viser til stoppunkt %1, men film %2 har ingen stoppunkter</translation>
    </message>
    <message>
        <source>refers to stop point %1, but film %2 has no such stop point; did you mean %3?</source>
        <translation>viser til stoppunkt %1, men film %2 har ikke det stoppunktet; mente du %3?</translation>
    </message>
    <message>
        <source>refers to stop point %1, but film %2 has only %3</source>
        <translation>viser til stoppunkt %1, men film %2 har bare %3</translation>
    </message>
    <message>
        <source>slide id %1 is already the id of slide %2; slide ids must be unique</source>
        <translation>lysbilde-id %1 er allerede id-en til lysbilde %2; et lysbildes id må være unikt</translation>
    </message>
    <message>
        <source>stop point %1 is already asked about on slide %2</source>
        <translation>det blir allerede spurt om stoppunkt %1 på lysbilde %2</translation>
    </message>
    <message>
        <source>the segment ends at stop point %1, which is not after where it starts, %2</source>
        <translation>klippet slutter ved stoppunkt %1, som ikke ligger etter der det starter, %2</translation>
    </message>
    <message>
        <source>no question is asked at stop point %1 (%2)</source>
        <translation>det stilles ikke noe spørsmål ved stoppunkt %1 (%2)</translation>
    </message>
    <message>
        <source>lesson id %1 must be a folder name of lowercase letters, digits and &apos;-&apos;, such as &quot;kundetyper&quot;</source>
        <translation>leksjons-id %1 må være et mappenavn av små bokstaver, sifre og &apos;-&apos;, f.eks. &quot;kundetyper&quot;</translation>
    </message>
    <message>
        <source>lesson %1 links to a file outside the lessons folder (%2); a linked lesson must be a real lesson.json beside this one</source>
        <translation>leksjon %1 lenker til en fil utenfor leksjonsmappen (%2); en lenket leksjon må være en ekte lesson.json ved siden av denne</translation>
    </message>
    <message>
        <source>lesson %1 is not found: there is no ../%2/lesson.json beside this lesson&apos;s folder</source>
        <translation>leksjon %1 finnes ikke: det er ingen ../%2/lesson.json ved siden av denne leksjonens mappe</translation>
    </message>
    <message>
        <source>this text is %1 characters long; at most %2 fit here (put more in the notes or the handout)</source>
        <translation>denne teksten er %1 tegn lang; her er det plass til høyst %2 (legg resten i notatene eller heftet)</translation>
    </message>
    <message>
        <source>this text stacks %1 combining marks on one letter; at most %2 are allowed, so they stay on their line</source>
        <translation>denne teksten stabler %1 kombinerende tegn på én bokstav; høyst %2 er tillatt, så de blir på linjen sin</translation>
    </message>
    <message>
        <source>JSON syntax error: %1</source>
        <translation>JSON-syntaksfeil: %1</translation>
    </message>
    <message>
        <source>the number %1 is too large; numbers must stay within ±1.7e308</source>
        <translation>tallet %1 er for stort; tall må ligge innenfor ±1.7e308</translation>
    </message>
    <message>
        <source>duplicate key; an object may name each key once, and the later value would silently replace the earlier one</source>
        <translation>nøkkelen finnes to ganger; et objekt kan bare nevne hver nøkkel én gang, ellers ville den siste verdien i det stille erstatte den første</translation>
    </message>
    <message>
        <source>nesting is deeper than %1 levels; a lesson never needs that many</source>
        <translation>nøstingen er dypere enn %1 nivåer; en leksjon trenger aldri så mange</translation>
    </message>
    <message>
        <source>unsupported format version %1; this version of Stoppunkt reads format 1</source>
        <translation>formatversjon %1 støttes ikke; denne versjonen av Stoppunkt leser format 1</translation>
    </message>
    <message>
        <source>id %1 must be lowercase letters, digits and single hyphens, like &quot;konflikter-med-kunder&quot;</source>
        <translation>id %1 må bestå av små bokstaver, sifre og enkle bindestreker, f.eks. &quot;konflikter-med-kunder&quot;</translation>
    </message>
    <message>
        <source>language %1 is not a BCP 47 tag such as &quot;da&quot;, &quot;nb&quot; or &quot;sv-SE&quot;</source>
        <translation>språket %1 er ikke en BCP 47-språkkode som &quot;da&quot;, &quot;nb&quot; eller &quot;sv-SE&quot;</translation>
    </message>
    <message>
        <source>the file is empty; a lesson is a JSON object: { &quot;format&quot;: 1, … }</source>
        <translation>filen er tom; en leksjon er et JSON-objekt: { &quot;format&quot;: 1, … }</translation>
    </message>
    <message>
        <source>JSON syntax error: JSON allows no comments; put notes for authors in &quot;notes&quot;, or remove the comment</source>
        <translation>JSON-syntaksfeil: JSON tillater ingen kommentarer; skriv notater til forfattere i &quot;notes&quot;, eller fjern kommentaren</translation>
    </message>
    <message>
        <source>JSON syntax error: a comma before &apos;%1&apos;; JSON allows no comma after the last item</source>
        <translation>JSON-syntaksfeil: et komma før &apos;%1&apos;; JSON tillater ikke komma etter det siste elementet</translation>
    </message>
    <message>
        <source>the lesson cannot be read: %1</source>
        <translation>leksjonen kan ikke leses: %1</translation>
    </message>
    <message>
        <source>cannot open the lesson: no such file</source>
        <translation>kan ikke åpne leksjonen: filen finnes ikke</translation>
    </message>
    <message>
        <source>cannot open the lesson: not a regular file</source>
        <translation>kan ikke åpne leksjonen: ikke en vanlig fil</translation>
    </message>
    <message>
        <source>cannot read the lesson: %1</source>
        <translation>kan ikke lese leksjonen: %1</translation>
    </message>
    <message>
        <source>the lesson file is %1 bytes; lessons are limited to %2 bytes (put films and pictures in their own files)</source>
        <translation>leksjonsfilen er på %1 byte; leksjoner kan være på høyst %2 byte (legg filmer og bilder i egne filer)</translation>
    </message>
    <message>
        <source>the lesson file is %1; lessons are limited to %2 (put films and pictures in their own files)</source>
        <translation>leksjonsfilen er på %1; leksjoner kan være på høyst %2 (legg filmer og bilder i egne filer)</translation>
    </message>
    <message>
        <source>cannot read the lesson: permission denied or unreadable</source>
        <translation>kan ikke lese leksjonen: ingen tilgang eller uleselig</translation>
    </message>
    <message>
        <source>%1 must be an object, found %2</source>
        <translation>%1 må være et objekt, men er %2</translation>
    </message>
    <message>
        <source>unknown key %1 in %2; did you mean %3?</source>
        <translation>ukjent nøkkel %1 i %2; mente du %3?</translation>
    </message>
    <message>
        <source>unknown key %1 in %2; allowed keys are %3</source>
        <translation>ukjent nøkkel %1 i %2; de tillatte nøklene er %3</translation>
    </message>
    <message>
        <source>missing required key %1 (%2) in %3</source>
        <translation>den påkrevde nøkkelen %1 (%2) mangler i %3</translation>
    </message>
    <message>
        <source>%1 must be %2, found %3</source>
        <translation>%1 må være %2, men er %3</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>en tekst</translation>
    </message>
    <message>
        <source>%1 must not be empty</source>
        <translation>%1 kan ikke være tom</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>et heltall</translation>
    </message>
    <message>
        <source>%1 is %2, which is far too large for a whole number here</source>
        <translation>%1 er %2, som er altfor stort for et heltall her</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>et tall</translation>
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
        <translation>en verdi</translation>
    </message>
    <message>
        <source>%1 must have at least one item</source>
        <translation>%1 må ha minst ett element</translation>
    </message>
    <message>
        <source>item %1 of %2 must be a string, found %3</source>
        <translation>element %1 i %2 må være en tekst, men er %3</translation>
    </message>
    <message>
        <source>item %1 of %2 must not be empty</source>
        <translation>element %1 i %2 kan ikke være tomt</translation>
    </message>
    <message numerus="yes">
        <source>%n more problems are not listed; fix the first %1 and check again</source>
        <translation>
            <numerusform>%n problem til vises ikke; rett de første %1 og kontroller på nytt</numerusform>
            <numerusform>%n problemer til vises ikke; rett de første %1 og kontroller på nytt</numerusform>
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
        <translation>et lysbilde har høyst %1 notater, så de kan leses; dette har %2</translation>
    </message>
    <message>
        <source>note %1</source>
        <translation>notat %1</translation>
    </message>
    <message>
        <source>a note</source>
        <translation>et notat</translation>
    </message>
    <message>
        <source>unknown note kind %1; did you mean %2?</source>
        <translation>ukjent notattype %1; mente du %2?</translation>
    </message>
    <message>
        <source>unknown note kind %1; use %2</source>
        <translation>ukjent notattype %1; bruk %2</translation>
    </message>
    <message>
        <source>a staircase needs at least 2 steps</source>
        <translation>en trapp må ha minst 2 trinn</translation>
    </message>
    <message>
        <source>a staircase has at most %1 steps, so the room can read them; this one has %2</source>
        <translation>en trapp har høyst %1 trinn, så deltakerne kan lese dem; denne har %2</translation>
    </message>
    <message>
        <source>step %1</source>
        <translation>trinn %1</translation>
    </message>
    <message>
        <source>a staircase step</source>
        <translation>et trinn i trappen</translation>
    </message>
    <message>
        <source>&quot;number&quot; must be a whole number from 0 to 99, or up to 3 characters such as &quot;5a&quot;</source>
        <translation>&quot;number&quot; må være et heltall fra 0 til 99 eller høyst 3 tegn, f.eks. &quot;5a&quot;</translation>
    </message>
    <message>
        <source>a question has 2 to 6 options; this one has %1</source>
        <translation>et spørsmål har 2 til 6 svaralternativer; dette har %1</translation>
    </message>
    <message>
        <source>option %1 must not be empty</source>
        <translation>svaralternativ %1 kan ikke være tomt</translation>
    </message>
    <message>
        <source>option %1 must be a string, or an object with &quot;text&quot;, found %2</source>
        <translation>svaralternativ %1 må være en tekst eller et objekt med &quot;text&quot;, men er %2</translation>
    </message>
    <message>
        <source>option %1</source>
        <translation>svaralternativ %1</translation>
    </message>
    <message>
        <source>an option</source>
        <translation>et svaralternativ</translation>
    </message>
    <message>
        <source>an option has at most %1 talking points, so the room can read them; this one has %2</source>
        <translation>et svaralternativ har høyst %1 diskusjonspunkter; dette har %2</translation>
    </message>
    <message>
        <source>answer %1 is out of range: this question has %2 options, numbered 1 to %3</source>
        <translation>svar %1 finnes ikke: spørsmålet har %2 svaralternativer, nummerert 1 til %3</translation>
    </message>
    <message>
        <source>slide %1</source>
        <translation>lysbilde %1</translation>
    </message>
    <message>
        <source>unknown slide kind %1; did you mean %2?</source>
        <translation>ukjent lysbildetype %1; mente du %2?</translation>
    </message>
    <message>
        <source>unknown slide kind %1; the kinds are %2</source>
        <translation>ukjent lysbildetype %1; typene er %2</translation>
    </message>
    <message>
        <source>a %1 slide</source>
        <translation>et %1-lysbilde</translation>
    </message>
    <message>
        <source>slide id %1 must be lowercase letters, digits and single hyphens, like &quot;film-2&quot;</source>
        <translation>lysbilde-id %1 må bestå av små bokstaver, sifre og enkle bindestreker, f.eks. &quot;film-2&quot;</translation>
    </message>
    <message>
        <source>a summary offers at most 6 lessons, so their cards stay readable; this one has %1</source>
        <translation>en oppsummering tilbyr høyst 6 leksjoner, så kortene kan leses; denne har %1</translation>
    </message>
    <message>
        <source>a slide shows at most %1 bullets, so the room can read them; this one has %2</source>
        <translation>et lysbilde viser høyst %1 kulepunkter, så deltakerne kan lese dem; dette har %2</translation>
    </message>
    <message>
        <source>&quot;build&quot; has no effect on this %1 slide</source>
        <translation>&quot;build&quot; har ingen virkning på dette %1-lysbildet</translation>
    </message>
    <message>
        <source>a lesson needs at least one slide</source>
        <translation>en leksjon må ha minst ett lysbilde</translation>
    </message>
    <message>
        <source>expected a time line such as %1</source>
        <translation>forventet en tidslinje som %1</translation>
    </message>
    <message>
        <source>the time after &quot;--&gt;&quot; is not a time</source>
        <translation>tiden etter &quot;--&gt;&quot; er ikke et tidspunkt</translation>
    </message>
    <message>
        <source>the cue ends before it starts</source>
        <translation>replikken slutter før den begynner</translation>
    </message>
    <message>
        <source>a WebVTT file begins with &quot;WEBVTT&quot;</source>
        <translation>en WebVTT-fil begynner med &quot;WEBVTT&quot;</translation>
    </message>
    <message>
        <source>expected a cue number, found %1</source>
        <translation>forventet et replikknummer, men fant %1</translation>
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
        <translation>en film har høyst %1 undertekstfiler; denne har %2</translation>
    </message>
    <message>
        <source>the subtitles</source>
        <translation>undertekstene</translation>
    </message>
    <message>
        <source>the subtitles&apos; language %1 is not a BCP 47 tag such as &quot;da&quot;, &quot;nb&quot; or &quot;sv-SE&quot;</source>
        <translation>undertekstenes språk %1 er ikke en BCP 47-språkkode som &quot;da&quot;, &quot;nb&quot; eller &quot;sv-SE&quot;</translation>
    </message>
    <message>
        <source>the film already has subtitles in %1; give one file per language</source>
        <translation>filmen har allerede undertekster på %1; oppgi én fil per språk</translation>
    </message>
    <message>
        <source>only one language of subtitles can be shown from the start</source>
        <translation>bare ett språk med undertekster kan vises fra start</translation>
    </message>
    <message>
        <source>slides %1-%2</source>
        <translation>lysbilde %1-%2</translation>
    </message>
    <message>
        <source>the section plans %1 minutes, but its %2 plan %3 of their own; the slides&apos; minutes count</source>
        <translation>delen planlegger %1 minutter, men dens %2 planlegger selv %3; lysbildenes minutter gjelder</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the planned time in minutes: more than 0 and at most %2 (0.5 is half a minute)</source>
        <translation>&quot;%1&quot; er den planlagte tiden i minutter: mer enn 0 og høyst %2 (0,5 er et halvt minutt)</translation>
    </message>
    <message>
        <source>the section</source>
        <translation>delen</translation>
    </message>
    <message>
        <source>a section</source>
        <translation>en del</translation>
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
        <translation>en sannhetsverdi</translation>
    </message>
    <message>
        <source>integer</source>
        <translation>et heltall</translation>
    </message>
    <message>
        <source>number</source>
        <translation>et tall</translation>
    </message>
    <message>
        <source>value</source>
        <translation>en verdi</translation>
    </message>
    <message>
        <source>deck %1</source>
        <translation>presentasjonen %1</translation>
    </message>
    <message>
        <source>%1 must be a PDF file (.pdf); bring a PowerPoint or Impress deck in with stoppunkt --import</source>
        <translation>%1 må være en PDF-fil (.pdf); hent inn en PowerPoint- eller Impress-presentasjon med stoppunkt --import</translation>
    </message>
    <message>
        <source>%1 is larger than 512 MB; export the deck again with smaller pictures</source>
        <translation>%1 er større enn 512 MB; eksporter presentasjonen på nytt med mindre bilder</translation>
    </message>
    <message>
        <source>%1; until then the projector shows a card instead of the page</source>
        <translation>%1; inntil da viser projektoren et kort i stedet for siden</translation>
    </message>
    <message numerus="yes">
        <source>page %1 is not in deck %2, which has %n pages</source>
        <translation>
            <numerusform>side %1 finnes ikke i presentasjonen %2, som har %n side</numerusform>
            <numerusform>side %1 finnes ikke i presentasjonen %2, som har %n sider</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is %2; pages are numbered from 1 (the deck&apos;s first page) to at most %3</source>
        <translation>%1 er %2; sidene nummereres fra 1 (presentasjonens første side) til høyst %3</translation>
    </message>
    <message>
        <source>&quot;lastPage&quot; is %1, before &quot;page&quot; %2; Next steps from &quot;page&quot; forward to &quot;lastPage&quot;</source>
        <translation>&quot;lastPage&quot; er %1, før &quot;page&quot; %2; Neste går fra &quot;page&quot; fram til &quot;lastPage&quot;</translation>
    </message>
    <message>
        <source>one slide steps through at most %1 pages after its first; this one steps through %2 (make more slides)</source>
        <translation>ett lysbilde går høyst %1 sider fram etter sin første; dette går %2 (lag flere lysbilder)</translation>
    </message>
    <message>
        <source>the backdrop</source>
        <translation>bakgrunnen</translation>
    </message>
    <message>
        <source>a backdrop</source>
        <translation>en bakgrunn</translation>
    </message>
    <message>
        <source>&quot;step&quot; is %1; a slide&apos;s states are numbered from 1 (as it opens) to at most %2</source>
        <translation>&quot;step&quot; er %1; et lysbildes trinn nummereres fra 1 (slik det åpner) til høyst %2</translation>
    </message>
    <message>
        <source>note %1 belongs to step %2, but this slide shows %3 (its build&apos;s steps and the slide as it opens)</source>
        <translation>notat %1 hører til trinn %2, men dette lysbildet viser %3 (trinnene og lysbildet slik det åpner)</translation>
    </message>
    <message>
        <source>a &apos;:&apos; is missing between a key and its value before %1</source>
        <translation>det mangler et &apos;:&apos; mellom en nøkkel og verdien før %1</translation>
    </message>
    <message>
        <source>a key in double quotes should come before %1 (and a decimal number takes a point, as in 0.5, not a comma)</source>
        <translation>det skal stå en nøkkel i doble anførselstegn før %1 (og et desimaltall skrives med punktum, som 0.5, ikke med komma)</translation>
    </message>
    <message>
        <source>a comma is missing before %1 (between two keys of an object)</source>
        <translation>det mangler et komma før %1 (mellom to nøkler i et objekt)</translation>
    </message>
    <message>
        <source>a comma or a closing &apos;}&apos; is missing before %1</source>
        <translation>det mangler et komma eller en avsluttende &apos;}&apos; før %1</translation>
    </message>
    <message>
        <source>a comma or a closing &apos;]&apos; is missing before %1 (between two items of a list)</source>
        <translation>det mangler et komma eller en avsluttende &apos;]&apos; før %1 (mellom to elementer i en liste)</translation>
    </message>
    <message>
        <source>%1 cannot stand here</source>
        <translation>%1 kan ikke stå her</translation>
    </message>
    <message>
        <source>the file ends too soon: a closing &apos;}&apos;, &apos;]&apos; or &apos;&quot;&apos; is missing</source>
        <translation>filen slutter for tidlig: det mangler en avsluttende &apos;}&apos;, &apos;]&apos; eller &apos;&quot;&apos;</translation>
    </message>
    <message>
        <source>a text has no closing &apos;&quot;&apos;</source>
        <translation>en tekst mangler sin avsluttende &apos;&quot;&apos;</translation>
    </message>
    <message>
        <source>a line break or tab inside a text; write it as \n or \t</source>
        <translation>et linjeskift eller en tabulator inne i en tekst; skriv det som \n eller \t</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text; save it again as UTF-8</source>
        <translation>filen er ikke UTF-8-tekst; lagre den på nytt som UTF-8</translation>
    </message>
    <message>
        <source>a backslash starts an escape JSON does not know; write a backslash as \\</source>
        <translation>en omvendt skråstrek innleder en escape-sekvens JSON ikke kjenner; skriv en omvendt skråstrek som \\</translation>
    </message>
    <message>
        <source>a number JSON cannot read; write it like 2, 0.5 or -3 (a point, not a comma)</source>
        <translation>et tall JSON ikke kan lese; skriv det som 2, 0.5 eller -3 (punktum, ikke komma)</translation>
    </message>
    <message>
        <source>a word JSON does not know; text goes in double quotes, and the only bare words are true, false and null</source>
        <translation>et ord JSON ikke kjenner; tekst skal stå i doble anførselstegn, og de eneste ordene uten anførselstegn er true, false og null</translation>
    </message>
    <message>
        <source>the JSON cannot be read from here on</source>
        <translation>JSON-teksten kan ikke leses herfra</translation>
    </message>
    <message>
        <source>slide %1 shows a page of %2 with no text alternative: add a &quot;description&quot; of what it shows (or &quot;&quot; if it only decorates)</source>
        <translation>lysbilde %1 viser en side av %2 uten tekstalternativ: legg til en &quot;description&quot; av hva den viser (eller &quot;&quot; hvis den bare pynter)</translation>
    </message>
    <message>
        <source>the film %1 has no subtitles in the lesson&apos;s language (%2): trainees who do not hear it miss what is said; add them under &quot;subtitles&quot;</source>
        <translation>filmen %1 har ingen undertekster på leksjonens språk (%2): kursdeltakere som ikke hører den, går glipp av det som blir sagt; legg dem til under &quot;subtitles&quot;</translation>
    </message>
    <message numerus="yes">
        <source>slide %1 draws %n texts below the size the back of the room reads, %2 px (%3 pt); this one is the smallest, %4 px (%5 pt) on a 1080p projector: shorten them, or split the slide</source>
        <translation>
            <numerusform>lysbilde %1 tegner %n tekst under størrelsen bakerste rad kan lese, %2 px (%3 pt); den er %4 px (%5 pt) på en 1080p-projektor: forkort den, eller del lysbildet</numerusform>
            <numerusform>lysbilde %1 tegner %n tekster under størrelsen bakerste rad kan lese, %2 px (%3 pt); denne er den minste, %4 px (%5 pt) på en 1080p-projektor: forkort dem, eller del lysbildet</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LessonEditor</name>
    <message>
        <source>there is no slide %1</source>
        <translation>det finnes ikke noe lysbilde %1</translation>
    </message>
    <message>
        <source>this is the first slide</source>
        <translation>dette er det første lysbildet</translation>
    </message>
    <message>
        <source>this is the last slide</source>
        <translation>dette er det siste lysbildet</translation>
    </message>
    <message>
        <source>move the slide</source>
        <translation>flytt lysbildet</translation>
    </message>
    <message>
        <source>copy the slide</source>
        <translation>kopier lysbildet</translation>
    </message>
    <message>
        <source>a lesson keeps at least one slide</source>
        <translation>en leksjon beholder minst ett lysbilde</translation>
    </message>
    <message>
        <source>delete the slide</source>
        <translation>slett lysbildet</translation>
    </message>
    <message>
        <source>retitle the slide</source>
        <translation>endre lysbildets tittel</translation>
    </message>
    <message>
        <source>only a slide that steps through a deck&apos;s pages can be split</source>
        <translation>bare et lysbilde som går gjennom flere sider i presentasjonen, kan deles</translation>
    </message>
    <message>
        <source>go to the build step where the second slide should start, then split</source>
        <translation>gå til trinnet der det andre lysbildet skal begynne, og del så</translation>
    </message>
    <message>
        <source>split the slide</source>
        <translation>del lysbildet</translation>
    </message>
    <message>
        <source>write the notes</source>
        <translation>skriv notatene</translation>
    </message>
    <message>
        <source>slide %1 is not a question</source>
        <translation>lysbilde %1 er ikke et spørsmål</translation>
    </message>
    <message>
        <source>write the question</source>
        <translation>skriv spørsmålet</translation>
    </message>
    <message>
        <source>add the question</source>
        <translation>legg til spørsmålet</translation>
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
    <message>
        <source>Room code</source>
        <translation>Romkode</translation>
    </message>
    <message>
        <source>Nickname (optional)</source>
        <translation>Kallenavn (valgfritt)</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Bli med</translation>
    </message>
    <message>
        <source>Look at the screen: the next question comes here.</source>
        <translation>Se på skjermen: det neste spørsmålet kommer her.</translation>
    </message>
    <message>
        <source>Vote: tap your answer. You can change it until the vote closes.</source>
        <translation>Stem: trykk på svaret ditt. Du kan endre det til avstemningen lukkes.</translation>
    </message>
    <message>
        <source>The vote is closed.</source>
        <translation>Avstemningen er lukket.</translation>
    </message>
    <message>
        <source>Right!</source>
        <translation>Riktig!</translation>
    </message>
    <message>
        <source>Not this time: the right answer is no. %1.</source>
        <translation>Ikke denne gangen: riktig svar er nr. %1.</translation>
    </message>
    <message>
        <source>Your answer for the flip chart</source>
        <translation>Svaret ditt til flippoveren</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Send</translation>
    </message>
    <message>
        <source>Sent. The facilitator decides what goes on the flip chart.</source>
        <translation>Sendt. Møtelederen bestemmer hva som kommer på flippoveren.</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>Kobler til igjen …</translation>
    </message>
    <message>
        <source>That did not work. Try again.</source>
        <translation>Det gikk ikke. Prøv igjen.</translation>
    </message>
    <message>
        <source>Join the room again with the code on the screen.</source>
        <translation>Bli med igjen med koden på skjermen.</translation>
    </message>
    <message>
        <source>That is not the room code on the screen.</source>
        <translation>Det er ikke romkoden på skjermen.</translation>
    </message>
    <message>
        <source>That is too long.</source>
        <translation>Det er for langt.</translation>
    </message>
    <message>
        <source>The room is full.</source>
        <translation>Rommet er fullt.</translation>
    </message>
    <message>
        <source>Your vote</source>
        <translation>Din stemme</translation>
    </message>
    <message>
        <source>Answer on your phone</source>
        <translation>Svar på telefonen din</translation>
    </message>
    <message>
        <source>Scan the code, or open</source>
        <translation>Skann koden, eller åpne</translation>
    </message>
    <message>
        <source>No app, no account: your answer stays in this room.</source>
        <translation>Ingen app, ingen konto: svaret ditt blir i dette rommet.</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Stemmer</translation>
    </message>
    <message>
        <source>Discuss the options together. The vote opens when the facilitator opens it.</source>
        <translation>Diskuter svaralternativene sammen. Avstemningen åpner når møtelederen åpner den.</translation>
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
        <translation>Rommet er stengt for nye telefoner: spør kursholderen.</translation>
    </message>
    <message>
        <source>Too fast: wait a moment, or scan the code on the screen.</source>
        <translation>For raskt: vent litt, eller skann koden på skjermen.</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Side %1</translation>
    </message>
    <message>
        <source>This page cannot be shown</source>
        <translation>Denne siden kan ikke vises</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>Trinn %1</translation>
    </message>
    <message>
        <source>The room cannot be reached. Scan the code on the screen again.</source>
        <translation>Rommet kan ikke nås. Skann koden på skjermen igjen.</translation>
    </message>
    <message>
        <source>Tried: not the right answer</source>
        <translation>Prøvd: ikke det riktige svaret</translation>
    </message>
    <message>
        <source>The right answer</source>
        <translation>Det riktige svaret</translation>
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
        <translation>Ingen notater til dette lysbildet.</translation>
    </message>
    <message>
        <source>▼ more below (wheel or %1)</source>
        <translation>▼ mer nedenfor (hjulet eller %1)</translation>
    </message>
    <message>
        <source>▲ more above (wheel or %1)</source>
        <translation>▲ mer ovenfor (hjulet eller %1)</translation>
    </message>
</context>
<context>
    <name>PaceText</name>
    <message numerus="yes">
        <source>planned: %n min</source>
        <translation>
            <numerusform>planlagt: %n min</numerusform>
            <numerusform>planlagt: %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>ends %1</source>
        <translation>slutter %1</translation>
    </message>
    <message>
        <source>on time</source>
        <translation>i rute</translation>
    </message>
    <message numerus="yes">
        <source>%n min ahead</source>
        <translation>
            <numerusform>%n min foran</numerusform>
            <numerusform>%n min foran</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min behind</source>
        <translation>
            <numerusform>%n min bak</numerusform>
            <numerusform>%n min bak</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QCommandLineParser</name>
    <message>
        <source>Usage: %1</source>
        <translation>Bruk: %1</translation>
    </message>
    <message>
        <source>[options]</source>
        <translation>[valg]</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Valg:</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>Argumenter:</translation>
    </message>
    <message>
        <source>Displays help on commandline options.</source>
        <translation>Viser hjelp til valgene på kommandolinjen.</translation>
    </message>
    <message>
        <source>Displays help including Qt specific options.</source>
        <translation>Viser hjelp, også til Qts egne valg.</translation>
    </message>
    <message>
        <source>Displays version information.</source>
        <translation>Viser versjonen.</translation>
    </message>
    <message>
        <source>Unknown option &apos;%1&apos;.</source>
        <translation>Ukjent valg «%1».</translation>
    </message>
    <message>
        <source>Unknown options: %1.</source>
        <translation>Ukjente valg: %1.</translation>
    </message>
    <message>
        <source>Missing value after &apos;%1&apos;.</source>
        <translation>Det mangler en verdi etter «%1».</translation>
    </message>
    <message>
        <source>Unexpected value after &apos;%1&apos;.</source>
        <translation>Uventet verdi etter «%1».</translation>
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
        <translation>Lukk</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ja</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Nei</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Åpne</translation>
    </message>
</context>
<context>
    <name>QShortcut</name>
    <message>
        <source>Space</source>
        <translation>Mellomrom</translation>
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
        <translation>Tilbake</translation>
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
        <translation>Opp</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Høyre</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Ned</translation>
    </message>
    <message>
        <source>PgUp</source>
        <translation>Side opp</translation>
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
        <translation>Stoppunkt-fjernkontroll</translation>
    </message>
    <message>
        <source>Pairing…</source>
        <translation>Parer…</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>Kobler til igjen …</translation>
    </message>
    <message>
        <source>This pairing code was used or has expired: show a new one on the console and scan it again.</source>
        <translation>Paringskoden er brukt eller utløpt: vis en ny på konsollen, og skann den på nytt.</translation>
    </message>
    <message>
        <source>This phone is no longer the remote: the console dropped it or paired another phone.</source>
        <translation>Telefonen er ikke lenger fjernkontroll: konsollen fjernet den eller paret en annen telefon.</translation>
    </message>
    <message>
        <source>Slide %1 of %2</source>
        <translation>Lysbilde %1 av %2</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Neste</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Forrige</translation>
    </message>
    <message>
        <source>Black screen</source>
        <translation>Svart skjerm</translation>
    </message>
    <message>
        <source>Show the slide again</source>
        <translation>Vis lysbildet igjen</translation>
    </message>
    <message>
        <source>The projector is black.</source>
        <translation>Projektoren er svart.</translation>
    </message>
    <message>
        <source>The projector is white.</source>
        <translation>Projektoren er hvit.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notater</translation>
    </message>
    <message>
        <source>No notes on this slide.</source>
        <translation>Ingen notater til dette lysbildet.</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Neste trinn</translation>
    </message>
    <message>
        <source>Shows: %1</source>
        <translation>Viser: %1</translation>
    </message>
    <message>
        <source>The film plays</source>
        <translation>Filmen spilles</translation>
    </message>
    <message>
        <source>The film goes on to its stop</source>
        <translation>Filmen går videre til stoppunktet</translation>
    </message>
    <message>
        <source>The right answer is revealed</source>
        <translation>Det riktige svaret vises</translation>
    </message>
    <message>
        <source>Slide %1: %2</source>
        <translation>Lysbilde %1: %2</translation>
    </message>
    <message>
        <source>End of the lesson</source>
        <translation>Slutten av leksjonen</translation>
    </message>
    <message>
        <source>The slide shows again</source>
        <translation>Lysbildet vises igjen</translation>
    </message>
    <message>
        <source>Right answer</source>
        <translation>Riktig svar</translation>
    </message>
    <message>
        <source>Picked: wrong</source>
        <translation>Valgt: feil</translation>
    </message>
    <message>
        <source>Tap an option to pick it for the group.</source>
        <translation>Trykk på et alternativ for å velge det for gruppen.</translation>
    </message>
    <message>
        <source>Undo pick</source>
        <translation>Angre valg</translation>
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
        <translation>Trykk Neste igjen innen 2 s for å vise svaret.</translation>
    </message>
    <message>
        <source>Tap Next again within 2 s to skip to the stop point.</source>
        <translation>Trykk Neste igjen innen 2 s for å hoppe til stoppunktet.</translation>
    </message>
    <message>
        <source>The film plays.</source>
        <translation>Filmen spilles.</translation>
    </message>
    <message>
        <source>The film is paused.</source>
        <translation>Filmen er satt på pause.</translation>
    </message>
    <message>
        <source>The film cannot play: see the console.</source>
        <translation>Filmen kan ikke spilles: se konsollen.</translation>
    </message>
    <message>
        <source>Pause film</source>
        <translation>Sett filmen på pause</translation>
    </message>
    <message>
        <source>Resume film</source>
        <translation>Fortsett filmen</translation>
    </message>
    <message>
        <source>Open the vote</source>
        <translation>Åpne avstemningen</translation>
    </message>
    <message>
        <source>Close the vote</source>
        <translation>Lukk avstemningen</translation>
    </message>
    <message>
        <source>The room: %1 of %2 voted</source>
        <translation>Deltakerne: %1 av %2 har stemt</translation>
    </message>
    <message>
        <source>The room: %1 phones joined</source>
        <translation>Deltakerne: %1 telefoner med</translation>
    </message>
    <message>
        <source>Flip chart</source>
        <translation>Flippover</translation>
    </message>
    <message>
        <source>From the phones (first one first)</source>
        <translation>Fra telefonene (den første først)</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Legg til</translation>
    </message>
    <message>
        <source>Drop</source>
        <translation>Forkast</translation>
    </message>
    <message>
        <source>of %1 min planned</source>
        <translation>av %1 min planlagt</translation>
    </message>
    <message>
        <source>%1 min behind</source>
        <translation>%1 min bak</translation>
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
        <translation>For fort: vent litt.</translation>
    </message>
    <message>
        <source>Not sent: the connection was lost. Tap again.</source>
        <translation>Ikke sendt: forbindelsen ble brutt. Trykk igjen.</translation>
    </message>
    <message>
        <source>en</source>
        <comment>the language code of this translation</comment>
        <translation>nb</translation>
    </message>
    <message>
        <source>Show the pairing code on the console and scan it with this phone.</source>
        <translation>Vis paringskoden på konsollen, og skann den med denne telefonen.</translation>
    </message>
    <message>
        <source>Nothing on the flip chart yet.</source>
        <translation>Ingenting på flippoveren ennå.</translation>
    </message>
    <message>
        <source>Drag a finger on the slide: the red dot follows it on the projector.</source>
        <translation>Dra en finger over lysbildet: den røde prikken følger med på projektoren.</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Session report: %1</source>
        <translation>Rapport fra økten: %1</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>kan ikke skrive %1</translation>
    </message>
    <message>
        <source>Session of %1 — %2 in all</source>
        <translation>Økt %1 — %2 i alt</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Spørsmål</translation>
    </message>
    <message>
        <source>%1 (right)</source>
        <translation>%1 (riktig)</translation>
    </message>
    <message>
        <source>Picks in order: %1</source>
        <translation>Valg i rekkefølge: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <source>The right answer (no. %1) was not reached.</source>
        <translation>Riktig svar (nr. %1) ble ikke nådd.</translation>
    </message>
    <message>
        <source>The group found the right answer (no. %1) in %2.</source>
        <translation>Gruppen fant riktig svar (nr. %1) på %2.</translation>
    </message>
    <message>
        <source>The right answer (no. %1) was revealed after %2.</source>
        <translation>Riktig svar (nr. %1) ble vist etter %2.</translation>
    </message>
    <message>
        <source>Flip charts</source>
        <translation>Flippover</translation>
    </message>
    <message>
        <source>No entries.</source>
        <translation>Ingenting skrevet.</translation>
    </message>
    <message>
        <source>Next lesson</source>
        <translation>Neste leksjon</translation>
    </message>
    <message>
        <source>The group chose %1.</source>
        <translation>Gruppen valgte %1.</translation>
    </message>
    <message>
        <source>Time per slide</source>
        <translation>Tid per lysbilde</translation>
    </message>
    <message>
        <source>The lesson planned %1 in all.</source>
        <translation>Leksjonen var planlagt til %1 i alt.</translation>
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
            <numerusform>Deltakernes telefoner stemte (%n av %1 tilkoblede): %2</numerusform>
            <numerusform>Deltakernes telefoner stemte (%n av %1 tilkoblede): %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Drawn on the slides</source>
        <translation>Tegnet på lysbildene</translation>
    </message>
    <message>
        <source>Slide %1</source>
        <translation>Lysbilde %1</translation>
    </message>
    <message>
        <source>Slide %1: %2</source>
        <translation>Lysbilde %1: %2</translation>
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
        <translation>%1 skjuler deltakerkortet</translation>
    </message>
    <message>
        <source>%1 shows the join card</source>
        <translation>%1 viser deltakerkortet</translation>
    </message>
    <message numerus="yes">
        <source>Room open: %1 · code %2 · %n joined (%3)</source>
        <translation>
            <numerusform>Rommet er åpent: %1 · kode %2 · %n deltaker (%3)</numerusform>
            <numerusform>Rommet er åpent: %1 · kode %2 · %n deltakere (%3)</numerusform>
        </translation>
    </message>
    <message>
        <source>open, %1 closes it</source>
        <translation>åpen, %1 lukker den</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>lukket</translation>
    </message>
    <message numerus="yes">
        <source>THE ROOM&apos;S VOTE: %n voted of %1 joined, %2</source>
        <translation>
            <numerusform>DELTAKERNES AVSTEMNING: %n av %1 har stemt, %2</numerusform>
            <numerusform>DELTAKERNES AVSTEMNING: %n av %1 har stemt, %2</numerusform>
        </translation>
    </message>
    <message>
        <source>The projector shows the votes (%1 hides them).</source>
        <translation>Projektoren viser stemmene (%1 skjuler dem).</translation>
    </message>
    <message>
        <source>%1 shows the votes on the projector.</source>
        <translation>%1 viser stemmene på projektoren.</translation>
    </message>
    <message numerus="yes">
        <source>FROM THE PHONES: %n waiting (%1 adds the first, %2 drops it)</source>
        <translation>
            <numerusform>FRA TELEFONENE: %n venter (%1 legger til det første, %2 forkaster det)</numerusform>
            <numerusform>FRA TELEFONENE: %n venter (%1 legger til det første, %2 forkaster det)</numerusform>
        </translation>
    </message>
    <message>
        <source> · remote: %1</source>
        <translation> · fjernkontroll: %1</translation>
    </message>
    <message>
        <source>a phone</source>
        <translation>en telefon</translation>
    </message>
    <message>
        <source>Pair your phone as the remote</source>
        <translation>Par telefonen din som fjernkontroll</translation>
    </message>
    <message>
        <source>Scan the code with the phone&apos;s camera. The phone shows your notes, the next step, the time and the right answer, and its buttons drive the lesson.</source>
        <translation>Skann koden med telefonens kamera. Telefonen viser notatene dine, neste trinn, tiden og det riktige svaret, og knappene styrer leksjonen.</translation>
    </message>
    <message>
        <source>It replaces the remote paired now (%1).</source>
        <translation>Den erstatter fjernkontrollen som er paret nå (%1).</translation>
    </message>
    <message>
        <source>The code works once, for two minutes, and never shows on the projector. %1</source>
        <translation>Koden virker én gang, i to minutter, og vises aldri på projektoren. %1</translation>
    </message>
    <message>
        <source>Any key hides the code.</source>
        <translation>Hvilken som helst tast skjuler koden.</translation>
    </message>
    <message numerus="yes">
        <source> · %n connected</source>
        <translation>
            <numerusform> · %n tilkoblet</numerusform>
            <numerusform> · %n tilkoblet</numerusform>
        </translation>
    </message>
    <message>
        <source> · closed to new phones (%1 opens it)</source>
        <translation> · stengt for nye telefoner (%1 åpner)</translation>
    </message>
    <message>
        <source> · typed codes paused, scanning works</source>
        <translation> · inntastede koder satt på pause, skanning virker</translation>
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
        <translation>for stor til å være en øktlogg</translation>
    </message>
    <message>
        <source>not valid JSON (%1 at byte %2); it may be truncated</source>
        <translation>ikke gyldig JSON (%1 ved byte %2); den kan være avkortet</translation>
    </message>
    <message>
        <source>not a Stoppunkt session record</source>
        <translation>ikke en øktlogg fra Stoppunkt</translation>
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
        <translation>mappen kan ikke opprettes</translation>
    </message>
</context>
<context>
    <name>stoppunkt::AuthorForm</name>
    <message>
        <source>Save</source>
        <translation>Lagre</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
</context>
<context>
    <name>stoppunkt::AuthorForms</name>
    <message>
        <source>Not saved: %1</source>
        <translation>Ikke lagret: %1</translation>
    </message>
    <message>
        <source>The notes were written. Alt+Backspace takes them back.</source>
        <translation>Notatene er skrevet. Alt+Backspace angrer dem.</translation>
    </message>
    <message>
        <source>Go to a question, or to a stop in the stop editor (Shift+M), to write the question asked there.</source>
        <translation>Gå til et spørsmål eller til et stoppunkt i stoppunktredigereren (Shift+M) for å skrive spørsmålet der.</translation>
    </message>
    <message>
        <source>Film #%1</source>
        <translation>Film #%1</translation>
    </message>
    <message>
        <source>A new question at stop %1 of “%2”</source>
        <translation>Et nytt spørsmål ved stoppunkt %1 i “%2”</translation>
    </message>
    <message>
        <source>The question at stop %1 of “%2”</source>
        <translation>Spørsmålet ved stoppunkt %1 i “%2”</translation>
    </message>
    <message>
        <source>Not saved: mark which option is the right one.</source>
        <translation>Ikke lagret: marker hvilket svaralternativ som er det riktige.</translation>
    </message>
    <message>
        <source>The question “%1” was added. Alt+Backspace takes it back.</source>
        <translation>Spørsmålet “%1” er lagt til. Alt+Backspace angrer det.</translation>
    </message>
    <message>
        <source>The question “%1” was written. Alt+Backspace takes it back.</source>
        <translation>Spørsmålet “%1” er skrevet. Alt+Backspace angrer det.</translation>
    </message>
</context>
<context>
    <name>stoppunkt::AuthorMode</name>
    <message>
        <source>Not changed: %1</source>
        <translation>Ikke endret: %1</translation>
    </message>
    <message>
        <source>%1 Note: %2.</source>
        <translation>%1 Merk: %2.</translation>
    </message>
    <message>
        <source>The slide moved. Alt+Backspace moves it back.</source>
        <translation>Lysbildet er flyttet. Alt+Backspace flytter det tilbake.</translation>
    </message>
    <message>
        <source>The slide was copied; the copy is shown.</source>
        <translation>Lysbildet er kopiert; kopien vises.</translation>
    </message>
    <message>
        <source>The slide was split: the pages from here on are the next slide.</source>
        <translation>Lysbildet er delt: sidene herfra er neste lysbilde.</translation>
    </message>
    <message>
        <source>Slide %1 “%2” was deleted. Alt+Backspace brings it back.</source>
        <translation>Lysbilde %1 “%2” er slettet. Alt+Backspace henter det tilbake.</translation>
    </message>
    <message>
        <source>Undone: %1.</source>
        <translation>Angret: %1.</translation>
    </message>
    <message>
        <source>Done again: %1.</source>
        <translation>Gjort igjen: %1.</translation>
    </message>
    <message>
        <source>Title of the slide</source>
        <translation>Lysbildets tittel</translation>
    </message>
    <message>
        <source>The title of slide %1, as the room sees it:</source>
        <translation>Tittelen på lysbilde %1, slik salen ser den:</translation>
    </message>
    <message>
        <source>The title was changed.</source>
        <translation>Tittelen er endret.</translation>
    </message>
</context>
<context>
    <name>stoppunkt::ConsoleRequests</name>
    <message>
        <source>Quit Stoppunkt?</source>
        <translation>Avslutte Stoppunkt?</translation>
    </message>
    <message>
        <source>Quit the lesson? The projector will close.</source>
        <translation>Avslutte leksjonen? Projektorvinduet lukkes.</translation>
    </message>
    <message>
        <source>The room will listen on %1 when %2 turns it on.</source>
        <translation>Rommet lytter på %1 når %2 slår det på.</translation>
    </message>
    <message>
        <source>Console language: %1 (%2 changes it). The projector keeps the lesson&apos;s language.</source>
        <translation>Språk på din skjerm: %1 (%2 bytter). Projektoren beholder leksjonens språk.</translation>
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
        <translation>Øktloggen blir IKKE lagret: %1</translation>
    </message>
    <message>
        <source>Go to slide %1: press Enter (Esc cancels)</source>
        <translation>Gå til lysbilde %1: trykk Enter (Esc avbryter)</translation>
    </message>
    <message>
        <source>Press Next again within 2 s to skip to the stop point</source>
        <translation>Trykk Neste igjen innen 2 s for å hoppe til stoppunktet</translation>
    </message>
    <message>
        <source>Press Next again within 2 s to reveal the answer (%1 reveals at once)</source>
        <translation>Trykk Neste igjen innen 2 s for å vise svaret (%1 viser det med en gang)</translation>
    </message>
    <message>
        <source>Projector %1 disconnected: the lesson goes on here; plug it back in to continue there</source>
        <translation>Projektoren %1 er koblet fra: leksjonen fortsetter her; koble den til igjen for å fortsette der</translation>
    </message>
    <message>
        <source>The projector is black (%1 to show the slide)</source>
        <translation>Projektoren er svart (%1 viser lysbildet)</translation>
    </message>
    <message>
        <source>The projector is white (%1 to show the slide)</source>
        <translation>Projektoren er hvit (%1 viser lysbildet)</translation>
    </message>
    <message>
        <source>Rehearsal: both windows are normal windows</source>
        <translation>Generalprøve: begge vinduene er vanlige vinduer</translation>
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
        <translation>Nå på projektoren</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Neste</translation>
    </message>
    <message>
        <source>End of the lesson</source>
        <translation>Leksjonen er slutt</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notater</translation>
    </message>
    <message>
        <source>Timer</source>
        <translation>Tidtaking</translation>
    </message>
    <message>
        <source>The question</source>
        <translation>Spørsmålet</translation>
    </message>
    <message>
        <source>Slide %1 of %2: %3</source>
        <translation>Lysbilde %1 av %2: %3</translation>
    </message>
    <message>
        <source>The projector is black</source>
        <translation>Projektoren er svart</translation>
    </message>
    <message>
        <source>The projector is white</source>
        <translation>Projektoren er hvit</translation>
    </message>
    <message>
        <source>The end of the lesson</source>
        <translation>Slutten av leksjonen</translation>
    </message>
    <message>
        <source>The right answer is %1: %2.</source>
        <translation>Det riktige svaret er %1: %2.</translation>
    </message>
    <message>
        <source>Nothing picked yet.</source>
        <translation>Ingenting valgt ennå.</translation>
    </message>
    <message>
        <source>Picked: %1.</source>
        <translation>Valgt: %1.</translation>
    </message>
    <message>
        <source>The room sees the answer.</source>
        <translation>Rommet ser svaret.</translation>
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
        <translation>Filmen kan ikke vises: projektorens OpenGL-videoflate startet ikke.</translation>
    </message>
    <message>
        <source>%1 is not a film file (it must be an existing file, named by its full path)</source>
        <translation>%1 er ikke en filmfil (den må være en eksisterende fil, oppgitt med full sti)</translation>
    </message>
    <message>
        <source>The film cannot be played: %1</source>
        <translation>Filmen kan ikke spilles av: %1</translation>
    </message>
</context>
<context>
    <name>stoppunkt::FlipchartLine</name>
    <message>
        <source>An answer from the room, then Enter. Up/Down choose an entry to edit; Esc closes.</source>
        <translation>Et svar fra deltakerne, så Enter. Opp/Ned velger et punkt å endre; Esc lukker.</translation>
    </message>
</context>
<context>
    <name>stoppunkt::LessonFile</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>kan ikke lese %1: %2</translation>
    </message>
    <message>
        <source>the lesson has errors; fix them first: %1</source>
        <translation>leksjonen har feil; rett dem først: %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>kan ikke skrive %1: %2</translation>
    </message>
    <message>
        <source>the lesson file no longer has what this changes; it was edited elsewhere</source>
        <translation>leksjonsfilen har ikke lenger det som dette endrer; den er redigert et annet sted</translation>
    </message>
    <message>
        <source>there is no change to undo</source>
        <translation>det er ingen endring å angre</translation>
    </message>
    <message>
        <source>there is no change to redo</source>
        <translation>det er ingen endring å gjøre om</translation>
    </message>
    <message>
        <source>the lesson file was edited elsewhere where this change was made, so it cannot be taken back</source>
        <translation>leksjonsfilen er redigert et annet sted akkurat der denne endringen ble gjort, så den kan ikke angres</translation>
    </message>
</context>
<context>
    <name>stoppunkt::LessonPicker</name>
    <message>
        <source>Stoppunkt — choose a lesson</source>
        <translation>Stoppunkt — velg en leksjon</translation>
    </message>
    <message>
        <source>Choose a lesson. Your own lessons go in a folder each, with its lesson.json, in the last folder below.</source>
        <translation>Velg en leksjon. Dine egne leksjoner legger du i hver sin mappe med sin lesson.json, i den siste mappen nedenfor.</translation>
    </message>
    <message>
        <source>Lessons that come with Stoppunkt  (%1)</source>
        <translation>Leksjoner som følger med Stoppunkt  (%1)</translation>
    </message>
    <message>
        <source>Your own lessons  (%1)</source>
        <translation>Dine egne leksjoner  (%1)</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>ingen ennå</translation>
    </message>
    <message>
        <source>%1  —  %2, %3</source>
        <translation>%1  —  %2, %3</translation>
    </message>
    <message>
        <source>%1  —  cannot open: %2</source>
        <translation>%1  —  kan ikke åpnes: %2</translation>
    </message>
    <message>
        <source>%1.  %2</source>
        <translation>%1.  %2</translation>
    </message>
    <message numerus="yes">
        <source>%n slides</source>
        <translation>
            <numerusform>%n lysbilde</numerusform>
            <numerusform>%n lysbilder</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stoppunkt::LessonSwitcher</name>
    <message>
        <source>The lesson was reloaded.</source>
        <translation>Leksjonen ble lastet inn på nytt.</translation>
    </message>
    <message numerus="yes">
        <source>The saved lesson has %n error(s); the last good version stays on screen. %1</source>
        <translation>
            <numerusform>Den lagrede leksjonen har en feil; den siste gode versjonen blir stående på skjermen. %1</numerusform>
            <numerusform>Den lagrede leksjonen har %n feil; den siste gode versjonen blir stående på skjermen. %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The lesson %1 has errors and was not opened: %2</source>
        <translation>Leksjonen %1 har feil og ble ikke åpnet: %2</translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <translation>Åpnet %1.</translation>
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
        <translation>Fortsett (gå videre)</translation>
    </message>
    <message>
        <source>Discuss (ask the room)</source>
        <translation>Drøft (spør salen)</translation>
    </message>
    <message>
        <source>Important</source>
        <translation>Viktig</translation>
    </message>
    <message>
        <source>Notes of “%1”</source>
        <translation>Notater til “%1”</translation>
    </message>
    <message>
        <source>Kind of this note</source>
        <translation>Notatets type</translation>
    </message>
    <message>
        <source>Notes, one per paragraph</source>
        <translation>Notater, ett per avsnitt</translation>
    </message>
    <message>
        <source>One note per paragraph · Ctrl+1–4 or the list: its kind · Ctrl+Enter saves · Esc closes</source>
        <translation>Ett notat per avsnitt · Ctrl+1–4 eller listen: typen · Ctrl+Enter lagrer · Esc lukker</translation>
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
        <translation>Spørsmålet salen ser</translation>
    </message>
    <message>
        <source>&amp;Title of the slide</source>
        <translation>&amp;Lysbildets tittel</translation>
    </message>
    <message>
        <source>&amp;Question</source>
        <translation>&amp;Spørsmål</translation>
    </message>
    <message>
        <source>Add an option</source>
        <translation>Legg til et svaralternativ</translation>
    </message>
    <message>
        <source>Remove the last option</source>
        <translation>Fjern det siste svaralternativet</translation>
    </message>
    <message>
        <source>The room&apos;s phones &amp;vote on it</source>
        <translation>Salens telefoner &amp;stemmer over det</translation>
    </message>
    <message>
        <source>Notes of the question, one per paragraph</source>
        <translation>Spørsmålets notater, ett per avsnitt</translation>
    </message>
    <message>
        <source>Tab: next field · Ctrl+Enter saves · Esc closes · the notes: one per paragraph, Ctrl+1–4 their kind</source>
        <translation>Tab: neste felt · Ctrl+Enter lagrer · Esc lukker · notatene: ett per avsnitt, Ctrl+1–4 typen</translation>
    </message>
    <message>
        <source>As the room sees it</source>
        <translation>Slik salen ser det</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notater</translation>
    </message>
    <message>
        <source>Option &amp;%1 is the right one</source>
        <translation>Svaralternativ &amp;%1 er det riktige</translation>
    </message>
    <message>
        <source>Option %1, as the room sees it</source>
        <translation>Svaralternativ %1, slik salen ser det</translation>
    </message>
    <message>
        <source>Option %1</source>
        <translation>Svaralternativ %1</translation>
    </message>
    <message>
        <source>Feedback the room sees when it picks this option (optional)</source>
        <translation>Tilbakemelding salen ser når den velger dette alternativet (valgfritt)</translation>
    </message>
    <message>
        <source>Feedback of option %1</source>
        <translation>Tilbakemelding til svaralternativ %1</translation>
    </message>
    <message>
        <source>Talking points for you only, one per line (optional)</source>
        <translation>Snakkepunkter bare for deg, ett per linje (valgfritt)</translation>
    </message>
    <message>
        <source>Talking points of option %1</source>
        <translation>Snakkepunkter til svaralternativ %1</translation>
    </message>
</context>
<context>
    <name>stoppunkt::RecordKeeper</name>
    <message>
        <source>The session record could not be read (%1). It was kept as %2; a new record starts.</source>
        <translation>Øktloggen kunne ikke leses (%1). Den er tatt vare på som %2; en ny logg begynner.</translation>
    </message>
    <message>
        <source>Resume the lesson?</source>
        <translation>Fortsette leksjonen?</translation>
    </message>
    <message>
        <source>The session of &quot;%1&quot; that started %2 was interrupted on slide %3 of %4. Resume it: same slide, same picks and flip-chart entries?</source>
        <translation>Økten med «%1» som begynte %2, ble avbrutt på lysbilde %3 av %4. Fortsette den: samme lysbilde, samme valg og punkter på flippoveren?</translation>
    </message>
    <message>
        <source>Resumed the interrupted session on slide %1.</source>
        <translation>Den avbrutte økten fortsetter på lysbilde %1.</translation>
    </message>
    <message>
        <source>The lesson has changed since: %1.</source>
        <translation>Leksjonen er endret siden: %1.</translation>
    </message>
    <message>
        <source>The interrupted session&apos;s record has no state to resume from; it is kept, and a new one starts.</source>
        <translation>Loggen fra den avbrutte økten har ingenting å fortsette fra; den tas vare på, og en ny begynner.</translation>
    </message>
    <message>
        <source>the session record is saved again</source>
        <translation>øktloggen lagres igjen</translation>
    </message>
    <message>
        <source>the session record %1 cannot be saved: %2</source>
        <translation>øktloggen %1 kan ikke lagres: %2</translation>
    </message>
</context>
<context>
    <name>stoppunkt::RoomAddressDialog</name>
    <message>
        <source>Stoppunkt — where the room&apos;s phones join</source>
        <translation>Stoppunkt — hvor deltakernes telefoner kobler seg på</translation>
    </message>
    <message>
        <source>Choose the network that the room&apos;s phones are on: the laptop listens there only, and the join card shows that address. The choice is remembered.</source>
        <translation>Velg nettverket deltakernes telefoner er på: datamaskinen lytter bare der, og deltakerkortet viser den adressen. Valget huskes.</translation>
    </message>
    <message>
        <source>This computer only: %1 (no phone can join; for trying it out)</source>
        <translation>Bare denne datamaskinen: %1 (ingen telefon kan koble seg på; for utprøving)</translation>
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
        <translation>Deltakernes telefoner er slått av: serveren er stoppet.</translation>
    </message>
    <message>
        <source>The room cannot be opened on %1.</source>
        <translation>Rommet kan ikke åpnes på %1.</translation>
    </message>
    <message>
        <source>Turn the room&apos;s phones on first.</source>
        <translation>Slå på deltakernes telefoner først.</translation>
    </message>
    <message>
        <source>A vote opens at a question, while the room discusses it.</source>
        <translation>En avstemning åpnes ved et spørsmål, mens deltakerne diskuterer det.</translation>
    </message>
    <message>
        <source>Suggestions go on the flip chart of a flip-chart slide.</source>
        <translation>Forslag havner på flippoveren på et flippover-lysbilde.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The room is open. %1 shows the join card on the projector.</source>
        <translation>Rommet er åpent. %1 viser deltakerkortet på projektoren.</translation>
    </message>
    <message>
        <source>The room&apos;s file %1 cannot be read (%2): turn the room on again with %3, and the phones join again.</source>
        <translation>Rommets fil %1 kan ikke leses (%2): slå deltakernes telefoner på igjen med %3, så blir telefonene med igjen.</translation>
    </message>
    <message>
        <source>The room cannot be opened again on %1: turn it on with %2, and the phones join again.</source>
        <translation>Rommet kan ikke åpnes igjen på %1: slå det på med %2, så blir telefonene med igjen.</translation>
    </message>
    <message>
        <source>The room cannot be kept in %1 (%2): if the program stops now, the phones must join again.</source>
        <translation>Rommet kan ikke lagres i %1 (%2): hvis programmet stopper nå, må telefonene bli med igjen.</translation>
    </message>
    <message>
        <source>%1 is not on this computer&apos;s networks now (%2 chooses another).</source>
        <translation>%1 er ikke på datamaskinens nettverk nå (%2 velger et annet).</translation>
    </message>
    <message>
        <source>The room is open on this computer only: no phone can join (%1 chooses a network).</source>
        <translation>Rommet er bare åpent på denne datamaskinen: ingen telefon kan koble seg på (%1 velger et nettverk).</translation>
    </message>
    <message>
        <source>The room cannot be opened on %1: it is off. %2 turns it on again.</source>
        <translation>Rommet kan ikke åpnes på %1: det er slått av. %2 slår det på igjen.</translation>
    </message>
    <message>
        <source>The room moved to %1: the phones must scan the new join card (%2); their votes are kept.</source>
        <translation>Rommet er flyttet til %1: telefonene må skanne det nye deltakerkortet (%2); stemmene deres beholdes.</translation>
    </message>
    <message>
        <source>No phone is paired as the remote.</source>
        <translation>Ingen telefon er paret som fjernkontroll.</translation>
    </message>
    <message>
        <source>Your remote is paired (%1). %2 drops it.</source>
        <translation>Fjernkontrollen din er paret (%1). %2 fjerner den.</translation>
    </message>
    <message>
        <source>a phone</source>
        <translation>en telefon</translation>
    </message>
    <message>
        <source>The remote is dropped: that phone controls nothing now.</source>
        <translation>Fjernkontrollen er fjernet: telefonen styrer ingenting nå.</translation>
    </message>
    <message>
        <source>Scan the code on the console with your phone: it becomes your remote. The code works once; any key hides it.</source>
        <translation>Skann koden på konsollen med telefonen din: den blir fjernkontrollen din. Koden virker én gang; hvilken som helst tast skjuler den.</translation>
    </message>
    <message>
        <source>The room is open again with the same code: the phones and your remote come back by themselves, with their votes.</source>
        <translation>Rommet er åpent igjen med samme kode: telefonene og fjernkontrollen din kommer tilbake av seg selv, med stemmene sine.</translation>
    </message>
    <message>
        <source>Too many wrong room codes were typed: typing pauses for a few minutes. Phones that scan the join card still join.</source>
        <translation>For mange feil romkoder ble tastet inn: inntasting tar pause i noen minutter. Telefoner som skanner deltakerkortet, kommer fortsatt inn.</translation>
    </message>
    <message>
        <source>The room is closed to new phones; those that joined come back by themselves (%1 opens it).</source>
        <translation>Rommet er stengt for nye telefoner; de som er med, kommer tilbake av seg selv (%1 åpner det).</translation>
    </message>
    <message>
        <source>The room is open to new phones again (%1 closes it).</source>
        <translation>Rommet er åpent for nye telefoner igjen (%1 stenger det).</translation>
    </message>
    <message>
        <source>Port %1 is taken by another program, so the room is open again on port %2: the join card is on the projector, for the phones to scan again (their votes are kept).</source>
        <translation>Port %1 er opptatt av et annet program, så rommet er åpnet igjen på port %2: deltakerkortet er på projektoren, så telefonene kan skanne det på nytt (stemmene deres beholdes).</translation>
    </message>
</context>
<context>
    <name>stoppunkt::Session</name>
    <message>
        <source>slide %1</source>
        <translation>lysbilde %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (slide %2)</source>
        <translation>«%1» (lysbilde %2)</translation>
    </message>
    <message>
        <source>%1 is no longer in the lesson; the session goes on at slide %2</source>
        <translation>%1 er ikke lenger i leksjonen; økten fortsetter på lysbilde %2</translation>
    </message>
    <message>
        <source>the picks on %1 no longer fit a question of the lesson</source>
        <translation>valgene på %1 passer ikke lenger til et spørsmål i leksjonen</translation>
    </message>
    <message numerus="yes">
        <source>%n flip-chart entries of %1 have no flip-chart slide in the lesson now</source>
        <translation>
            <numerusform>punktet på flippoveren fra %1 har ikke lenger et flippover-lysbilde i leksjonen</numerusform>
            <numerusform>%n punkter på flippoveren fra %1 har ikke lenger et flippover-lysbilde i leksjonen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n strokes drawn on %1 have no slide in the lesson now</source>
        <translation>
            <numerusform>%n strek tegnet på %1 har ikke noe lysbilde i leksjonen nå</numerusform>
            <numerusform>%n streker tegnet på %1 har ikke noe lysbilde i leksjonen nå</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stoppunkt::StopEditing</name>
    <message>
        <source>Go to a slide with the film to edit its stop points.</source>
        <translation>Gå til et lysbilde med filmen for å redigere stoppunktene.</translation>
    </message>
    <message>
        <source>The film is not open yet, so its frames cannot be shown; try again when it plays.</source>
        <translation>Filmen er ikke åpnet ennå, så bildene kan ikke vises; prøv igjen når den spiller.</translation>
    </message>
</context>
<context>
    <name>stoppunkt::StopEditor</name>
    <message>
        <source>the lesson has no film %1</source>
        <translation>leksjonen har ingen film %1</translation>
    </message>
    <message>
        <source>there is a stop on this frame already</source>
        <translation>det er allerede et stoppunkt på dette bildet</translation>
    </message>
    <message>
        <source>no stop is selected: go to one first</source>
        <translation>ingen stoppunkt er valgt: gå til ett først</translation>
    </message>
    <message>
        <source>a stop moves only between the stops before and after it; to change their order, delete it and set a new one</source>
        <translation>et stoppunkt flyttes bare mellom stoppunktene før og etter det; for å endre rekkefølgen, slett det og sett et nytt</translation>
    </message>
    <message>
        <source>there is no stop on this frame</source>
        <translation>det er ikke noe stoppunkt på dette bildet</translation>
    </message>
    <message>
        <source>the stop points</source>
        <translation>stoppunktene</translation>
    </message>
</context>
<context>
    <name>stoppunkt::StopEditorView</name>
    <message>
        <source>The stop&apos;s label, as the console and the film card name it; Enter keeps it, Esc leaves it</source>
        <translation>Stoppunktets navn, slik konsollen og filmkortet viser det; Enter lagrer, Esc angrer</translation>
    </message>
    <message>
        <source>there is no stop on this frame: set one with S first</source>
        <translation>det er ikke noe stoppunkt på dette bildet: sett ett med S først</translation>
    </message>
    <message>
        <source>Stop points of %1</source>
        <translation>Stoppunkter i %1</translation>
    </message>
    <message>
        <source>%1 · frame %2</source>
        <translation>%1 · bilde %2</translation>
    </message>
    <message>
        <source>The film is loading…</source>
        <translation>Filmen lastes …</translation>
    </message>
    <message>
        <source>←/→ one frame · Shift+←/→ one second · PgUp/PgDn the stops · S set a stop here · M move the selected stop here · Delete delete the stop here · Enter its label · Ctrl+Z undo · Ctrl+Shift+Z redo · Esc close. Each change is saved in the lesson file at once.</source>
        <translation>←/→ ett bilde · Shift+←/→ ett sekund · PgUp/PgDn stoppunktene · S sett et stoppunkt her · M flytt det valgte stoppunktet hit · Delete slett stoppunktet her · Enter navnet · Ctrl+Z angre · Ctrl+Shift+Z gjør om · Esc lukk. Hver endring lagres straks i leksjonsfilen.</translation>
    </message>
    <message>
        <source>No stop points yet: go to a frame and press S.</source>
        <translation>Ingen stoppunkter ennå: gå til et bilde og trykk S.</translation>
    </message>
    <message>
        <source>(no label)</source>
        <translation>(uten navn)</translation>
    </message>
    <message>
        <source>no question yet</source>
        <translation>ingen spørsmål ennå</translation>
    </message>
</context>
</TS>
