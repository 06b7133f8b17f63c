//! Every user-visible string, one line per message: Finnish, Swedish, English.
//! `{}` marks a value filled in by [`Msg::fill`](super::Msg::fill), in order.

use super::Lang;

macro_rules! catalogue {
    ($($name:ident => $fi:literal, $sv:literal, $en:literal;)*) => {
        /// A user-visible message; [`Msg::get`] gives its text in a language.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum Msg { $(#[doc = $en] $name,)* }

        impl Msg {
            /// Every message, for completeness tests.
            pub const ALL: &'static [Msg] = &[$(Msg::$name,)*];

            /// The message text in `lang`.
            pub fn get(self, lang: Lang) -> &'static str {
                match (self, lang) {
                    $(
                        (Msg::$name, Lang::Fi) => $fi,
                        (Msg::$name, Lang::Sv) => $sv,
                        (Msg::$name, Lang::En) => $en,
                    )*
                }
            }
        }
    };
}

catalogue! {
    // The board
    Unsorted => "Lajittelematta", "Osorterat", "Unsorted";
    Target => "Kohde", "Mål", "Target";
    CapturePrompt => "Uusi idea", "Ny idé", "New idea";
    EditPrompt => "Muokkaa ideaa", "Redigera idén", "Edit idea";
    SubPointPrompt => "Uusi alakohta", "Ny underpunkt", "New sub-point";
    EditSubPointsPrompt => "Alakohdat, väliin | (tyhjä poistaa kaikki)", "Underpunkter, | emellan (tomt tar bort alla)", "Sub-points, | between (empty removes all)";
    NewThemePrompt => "Uuden teeman nimi", "Det nya temats namn", "Name of the new theme";
    RenameThemePrompt => "Teeman uusi nimi", "Temats nya namn", "New name of the theme";
    GroupPrompt => "Ryhmän numero (tyhjä poistaa)", "Gruppens nummer (tomt tar bort)", "Group number (empty clears)";
    Ideas => "{} ideaa", "{} idéer", "{} ideas";
    Themes => "{} teemaa", "{} teman", "{} themes";
    Participants => "osallistujaa", "deltagare", "participants";
    Group => "Ryhmä {}", "Grupp {}", "Group {}";
    GroupShort => "R{}", "G{}", "G{}";
    FilterGroup => "Suodatin: ryhmä {}", "Filter: grupp {}", "Filter: group {}";
    Saved => "Tallennettu", "Sparat", "Saved";
    Saving => "Tallennetaan…", "Sparar…", "Saving…";
    NotSaved => "EI TALLENNETTU", "INTE SPARAT", "NOT SAVED";
    ReadOnly => "VAIN LUKU", "ENDAST LÄSNING", "READ-ONLY";
    Empty => "(tyhjä)", "(tom)", "(empty)";
    MoreIdeas => "+{} lisää", "+{} till", "+{} more";
    ModeCapture => "KIRJAUS", "INMATNING", "CAPTURE";
    ModeOrganize => "JÄRJESTÄ", "ORDNA", "ORGANIZE";
    ModeFocus => "LÄHIKUVA", "FOKUS", "FOCUS";
    ModeEdit => "MUOKKAUS", "REDIGERING", "EDITING";
    ModeHelp => "OHJE", "HJÄLP", "HELP";
    HelpTitle => "Ohje — näppäimet", "Hjälp — tangenter", "Help — keys";
    HelpClose => "Sulje ohje: Esc tai F1", "Stäng hjälpen: Esc eller F1", "Close help: Esc or F1";
    HelpInCapture => "Kirjaus (oletus)", "Inmatning (standard)", "Capture (default)";
    HelpInOrganize => "Järjestely", "Ordna", "Organize";
    HelpInFocus => "Lähikuva", "Fokus", "Focus view";
    HelpInEdit => "Tekstin muokkaus", "Textredigering", "Editing text";
    HelpEverywhere => "Kaikkialla", "Överallt", "Everywhere";
    TooSmall => "Ikkuna on liian pieni", "Fönstret är för litet", "Window too small";
    // Status messages
    IdeaAdded => "Lisätty: {}", "Tillagd: {}", "Added: {}";
    IdeaDeleted => "Poistettu (Ctrl+Z palauttaa)", "Borttagen (Ctrl+Z ångrar)", "Deleted (Ctrl+Z undoes)";
    IdeaMoved => "Siirretty teemaan {}", "Flyttad till {}", "Moved to {}";
    Undone => "Kumottu", "Ångrat", "Undone";
    Redone => "Tehty uudelleen", "Gjort om", "Redone";
    NothingToUndo => "Ei kumottavaa", "Inget att ångra", "Nothing to undo";
    NothingToRedo => "Ei uudelleen tehtävää", "Inget att göra om", "Nothing to redo";
    Truncated => "Teksti lyhennettiin {} merkkiin", "Texten kortades till {} tecken", "Text was cut to {} characters";
    ThemeNotEmpty => "Teemassa on vielä ideoita", "Temat har ännu idéer", "The theme still has ideas";
    NoSuchGroup => "Ryhmää {} ei ole", "Grupp {} finns inte", "There is no group {}";
    SaveFailed => "Tallennus epäonnistui: {}. Tiedot ovat tallessa muistissa. Ctrl+S tallentaa muualle.", "Sparandet misslyckades: {}. Uppgifterna finns i minnet. Ctrl+S sparar någon annanstans.", "Saving failed: {}. Your data is kept in memory. Ctrl+S saves elsewhere.";
    ReadOnlyBanner => "Istunto on auki toisessa ikkunassa: tämä näkymä on vain luku.", "Sessionen är öppen i ett annat fönster: denna vy är endast för läsning.", "The session is open in another window: this view is read-only.";
    ReadOnlyRefused => "Vain luku: muutoksia ei voi tehdä", "Endast läsning: ändringar kan inte göras", "Read-only: changes are not possible";
    // Key actions (help screen and footer hints)
    KeyAddIdea => "lisää idea", "lägg till idé", "add idea";
    KeyNextTarget => "seuraava teema", "nästa tema", "next theme";
    KeyPrevTarget => "edellinen teema", "föregående tema", "previous theme";
    KeyOrganize => "järjestä", "ordna", "organize";
    KeyCapture => "kirjaa", "mata in", "capture";
    KeyFocus => "lähikuva", "fokus", "focus view";
    KeyHelp => "ohje", "hjälp", "help";
    KeyQuit => "lopeta", "avsluta", "quit";
    KeyUndo => "kumoa", "ångra", "undo";
    KeyRedo => "tee uudelleen", "gör om", "redo";
    KeyUp => "edellinen idea", "föregående idé", "previous idea";
    KeyDown => "seuraava idea", "nästa idé", "next idea";
    KeyLeft => "edellinen teema", "föregående tema", "previous theme";
    KeyRight => "seuraava teema", "nästa tema", "next theme";
    KeyMoveLeft => "siirrä idea edelliseen teemaan", "flytta idén till föregående tema", "move idea to previous theme";
    KeyMoveRight => "siirrä idea seuraavaan teemaan", "flytta idén till nästa tema", "move idea to next theme";
    KeyMoveUp => "siirrä idea ylös", "flytta idén uppåt", "move idea up";
    KeyMoveDown => "siirrä idea alas", "flytta idén nedåt", "move idea down";
    KeyEdit => "muokkaa", "redigera", "edit";
    KeySubPoint => "lisää alakohta", "lägg till underpunkt", "add sub-point";
    KeyEditSubPoints => "muokkaa alakohtia", "redigera underpunkter", "edit sub-points";
    KeyDelete => "poista", "ta bort", "delete";
    KeyGroup => "merkitse ryhmä", "märk grupp", "tag group";
    KeyFilter => "suodata ryhmän mukaan", "filtrera efter grupp", "filter by group";
    KeyNewTheme => "uusi teema", "nytt tema", "new theme";
    KeyRenameTheme => "nimeä teema", "byt namn på tema", "rename theme";
    KeyJumpTheme => "valitse teema numerolla", "välj tema med nummer", "choose theme by number";
    KeyBack => "takaisin", "tillbaka", "back";
    KeyConfirm => "vahvista", "bekräfta", "confirm";
    KeyCancel => "peru", "avbryt", "cancel";
    KeyCursor => "siirrä kursoria", "flytta markören", "move cursor";
    KeyHomeEnd => "rivin alkuun / loppuun", "till början / slutet", "to start / end";
    KeyDeleteWord => "poista sana", "ta bort ord", "delete word";
    KeyBackspace => "poista merkki", "ta bort tecken", "delete character";
    KeyClearLine => "tyhjennä rivi", "töm raden", "clear line";
    KeyPaste => "liitä (myös monta riviä)", "klistra in (även flera rader)", "paste (also several lines)";
    KeyClick => "hiiren napsautus valitsee", "musklick väljer", "mouse click selects";
    KeyPageDown => "seuraava sivu", "nästa sida", "next page";
    KeyPageUp => "edellinen sivu", "föregående sida", "previous page";
    // Command line
    CliUnknownThemeKey => "tuntematon teema", "okänt tema", "unknown theme";
    UnknownThemeKey => "tuntematon teeman avain '{}' (tunnetut avaimet: {})", "okänd temanyckel '{}' (kända nycklar: {})", "unknown theme key '{}' (known keys: {})";
    UnknownThemeSet => "tuntematon teemasarja '{}' (tunnetut: {})", "okänd temauppsättning '{}' (kända: {})", "unknown theme set '{}' (known: {})";
    BadDate => "virheellinen päivämäärä '{}': kirjoita muodossa P.K.VVVV, esim. 4.2.2015", "ogiltigt datum '{}': skriv som D.M.ÅÅÅÅ, t.ex. 4.2.2015", "invalid date '{}': write it as D.M.YYYY, e.g. 4.2.2015";
    BadGroup => "ryhmää {} ei ole: istunnossa on {} ryhmää", "grupp {} finns inte: sessionen har {} grupper", "there is no group {}: the session has {} groups";
    EmptyIdea => "idea on tyhjä", "idén är tom", "the idea is empty";
    FileExists => "tiedosto on jo olemassa: {}", "filen finns redan: {}", "file exists already: {}";
    Created => "Luotu {}", "Skapad {}", "Created {}";
    ErrorPrefix => "virhe", "fel", "error";
    OpeningDemo => "Avataan esimerkki-istunto: {}", "Öppnar exempelsessionen: {}", "Opening the demo session: {}";
    NeedsTerminal => "taulu tarvitsee päätteen (terminaalin); komentoja new, add ja themes voi käyttää ilmankin", "tavlan behöver en terminal; kommandona new, add och themes fungerar utan", "the board needs a terminal; the commands new, add and themes work without one";
    EmergencySaved => "ohjelma kaatui; kaikki muutokset ovat lokissa, ja varakopio tallennettiin: {}", "programmet kraschade; alla ändringar finns i journalen, och en reservkopia sparades: {}", "the program crashed; every change is in the journal, and a backup copy was saved: {}";
    GroupInUse => "ryhmä {} on vielä käytössä", "grupp {} används ännu", "group {} is still in use";
    ThemeTooDeep => "teemaa '{}' ei voi lisätä alateeman alle (enintään kaksi tasoa)", "temat '{}' kan inte läggas under ett undertema (högst två nivåer)", "theme '{}' cannot go under a sub-theme (two levels at most)";
    CheckProblems => "tarkistus löysi ongelmia: {}", "kontrollen hittade problem: {}", "the check found problems: {}";
    CheckNothingToRepair => "istuntoa {} ei saatu palautettua", "sessionen {} kunde inte återställas", "session {} could not be recovered";
    UnknownFormat => "tuntematon muoto '{}' (tunnetut: {})", "okänt format '{}' (kända: {})", "unknown format '{}' (known: {})";
    BadDelimiter => "kelvoton erotin '{}': käytä esim. ; tai ,", "ogiltig avgränsare '{}': använd t.ex. ; eller ,", "invalid delimiter '{}': use e.g. ; or ,";
    WouldOverwriteSession => "vienti ei kirjoita istuntotiedoston päälle: {}", "exporten skriver inte över sessionsfilen: {}", "an export never overwrites the session file: {}";
    Written => "Kirjoitettu {}", "Skrev {}", "Wrote {}";
    TextNotUtf8 => "{} ei ole UTF-8-tekstiä; tallenna se UTF-8-muodossa", "{} är inte UTF-8-text; spara den som UTF-8", "{} is not UTF-8 text; save it as UTF-8";
    KeySaveAs => "tallenna nimellä", "spara som", "save as";
    SaveAsPrompt => "Tallenna uuteen tiedostoon (polku)", "Spara i en ny fil (sökväg)", "Save to a new file (path)";
    SavedTo => "Tallennettu tiedostoon {}", "Sparat i {}", "Saved to {}";
    QuitUnsaved => "Tallennus on epäonnistunut: Ctrl+S tallentaa muualle; Ctrl+Q uudelleen lopettaa silti", "Sparandet misslyckades: Ctrl+S sparar någon annanstans; Ctrl+Q igen avslutar ändå", "Saving failed: Ctrl+S saves elsewhere; Ctrl+Q again quits anyway";
    KeyExport => "vie yhteenveto (esikatselu)", "exportera sammanfattningen (förhandsvisning)", "export the summary (preview)";
    KeyWriteExport => "kirjoita tiedosto", "skriv filen", "write the file";
    KeyNextFormat => "seuraava muoto", "nästa format", "next format";
    KeyPrevFormat => "edellinen muoto", "föregående format", "previous format";
    KeyScroll => "vieritä", "rulla", "scroll";
    ModeExport => "VIENTI", "EXPORT", "EXPORT";
    ExportTitle => "Vie yhteenveto", "Exportera sammanfattningen", "Export the summary";
    ExportWhere => "Enter kirjoittaa tiedoston {}", "Enter skriver filen {}", "Enter writes the file {}";
    ExportAsText => "(esikatselu tekstinä)", "(förhandsvisning som text)", "(preview as text)";
    HelpInExport => "Vienti (Ctrl+E)", "Export (Ctrl+E)", "Export (Ctrl+E)";
    TimerCountdown => "Aikaa {} min", "Tid {} min", "{} min";
    Timer124Alone => "Yksin", "Ensam", "Alone";
    Timer124Pairs => "Pareittain", "I par", "In pairs";
    Timer124Fours => "Neljän ryhmissä", "I fyra", "In fours";
    Timer124All => "Koko ryhmä", "Hela gruppen", "All together";
    TimerCafeRound => "Kierros {}/{} — vaihtakaa pöytää", "Omgång {}/{} — byt bord", "Round {}/{} — change tables";
    KeyPresent => "esitystila (vain nykyinen sisältö, suurena)", "presentationsläge (bara det aktuella, stort)", "presentation mode (only the current content, large)";
    KeyPresentNext => "ajastin / kysymys / teema / tulos", "timer / fråga / tema / resultat", "timer / prompt / theme / ranking";
    KeyTimerToggle => "ajastin käyntiin / tauolle", "starta / pausa timern", "start / pause the timer";
    KeyTimerMinute => "ajastimeen +1 min", "timern +1 min", "timer +1 min";
    KeyTimerReset => "ajastin alkuun", "nollställ timern", "reset the timer";
    KeyTimerSkip => "ajastimen seuraava vaihe", "timerns nästa steg", "timer: next step";
    KeyTimerNew => "uusi ajastin (5, 1-2-4, 3x10)", "ny timer (5, 1-2-4, 3x10)", "new timer (5, 1-2-4, 3x10)";
    TimerPrompt => "Ajastin: minuutit (5), 1-2-4-All (1-2-4) tai oppimiskahvila (3x10)", "Timer: minuter (5), 1-2-4-All (1-2-4) eller lärcafé (3x10)", "Timer: minutes (5), 1-2-4-All (1-2-4) or learning café (3x10)";
    TimerBadSpec => "ajastinta '{}' ei ymmärretty: kirjoita esim. 5, 1-2-4 tai 3x10", "timern '{}' förstods inte: skriv t.ex. 5, 1-2-4 eller 3x10", "timer '{}' not understood: write e.g. 5, 1-2-4 or 3x10";
    TimerOver => "YLI AJAN", "ÖVER TIDEN", "OVER TIME";
    TimerNone => "Ei ajastinta — F6 tai Ctrl+T asettaa", "Ingen timer — F6 eller Ctrl+T ställer in", "No timer — F6 or Ctrl+T sets one";
    ModePresent => "ESITYS", "PRESENTATION", "PRESENTING";
    HelpInPresent => "Esitystila (F5)", "Presentationsläge (F5)", "Presentation (F5)";
    KeyNextAgenda => "ohjelman seuraava kohta", "nästa punkt på programmet", "next agenda item";
    KeyPrevAgenda => "ohjelman edellinen kohta", "föregående punkt", "previous agenda item";
    KeyAgenda => "ohjelma", "program", "agenda";
    KeySearch => "haku", "sök", "search";
    KeyParkText => "kirjoitettu parkkipaikalle", "texten till parkeringen", "typed text to the parking lot";
    KeyPark => "idea parkkipaikalle", "idén till parkeringen", "idea to the parking lot";
    KeyVoteUp => "ääni +1", "röst +1", "vote +1";
    KeyVoteDown => "ääni −1", "röst −1", "vote −1";
    KeyMarkMerge => "merkitse yhdistettäväksi", "märk för sammanslagning", "mark for merging";
    KeyMergeMarked => "yhdistä merkityt valittuun", "slå ihop de märkta med den valda", "merge the marked into the selected";
    KeyNewAction => "uusi toimenpide", "ny åtgärd", "new action";
    KeyRanking => "äänestystulos", "röstresultat", "ranking";
    KeyParking => "parkkipaikka", "parkering", "parking lot";
    KeyActions => "toimenpiteet", "åtgärder", "actions";
    KeyDuplicates => "mahdolliset päällekkäisyydet", "möjliga dubbletter", "possible duplicates";
    KeyMakeCurrent => "tee nykyiseksi", "gör aktuell", "make current";
    KeyToggleHidden => "piilota / näytä tulokset", "dölj / visa resultat", "hide / show totals";
    KeyToggleClosed => "sulje / avaa äänestys", "stäng / öppna röstningen", "close / reopen voting";
    KeyParkingToAction => "toimenpiteeksi", "till åtgärd", "to an action";
    KeyUnpark => "takaisin taululle", "tillbaka till tavlan", "back on the board";
    KeyActionOwner => "vastuutaho", "ansvarig", "owner";
    KeyActionDue => "määräaika", "tidsfrist", "due date";
    KeyActionStatus => "tila", "status", "status";
    KeyMergePair => "yhdistä pari", "slå ihop paret", "merge the pair";
    KeyDismiss => "ei päällekkäinen", "inte dubblett", "not a duplicate";
    KeyNextHit => "seuraava osuma", "nästa träff", "next match";
    ListAgenda => "Ohjelma", "Program", "Agenda";
    ListRanking => "Äänestyksen tulos", "Röstresultat", "Ranking";
    ListParking => "Parkkipaikka", "Parkering", "Parking lot";
    ListActions => "Toimenpiteet", "Åtgärder", "Actions";
    ListDuplicates => "Mahdolliset päällekkäiset ideat", "Möjliga dubbletter", "Possible duplicates";
    ListEmpty => "(ei mitään)", "(inget)", "(nothing)";
    VotesHidden => "tulokset piilossa", "resultaten dolda", "totals hidden";
    VotingClosedNote => "äänestys suljettu", "röstningen stängd", "voting closed";
    VotesUsed => "ääniä annettu {}", "röster givna {}", "votes given {}";
    NextUp => "Seuraavaksi", "Härnäst", "Next";
    SearchPrompt => "Haku", "Sök", "Search";
    SearchHits => "{} osumaa", "{} träffar", "{} matches";
    MarkedForMerge => "Merkitty yhdistettäväksi: {}", "Märkta för sammanslagning: {}", "Marked for merging: {}";
    Merged => "Yhdistetty {} ideaa", "Slog ihop {} idéer", "Merged {} ideas";
    Parked => "Parkkipaikalle: {}", "Till parkeringen: {}", "Parked: {}";
    OwnerPrompt => "Vastuutaho", "Ansvarig", "Owner";
    DuePrompt => "Määräaika (P.K.VVVV)", "Tidsfrist (D.M.ÅÅÅÅ)", "Due date (D.M.YYYY)";
    ActionPrompt => "Toimenpide", "Åtgärd", "Action";
    TextPrompt => "Teksti", "Text", "Text";
    ModeList => "LISTA", "LISTA", "LIST";
    ModeSearch => "HAKU", "SÖK", "SEARCH";
    HelpInLists => "Listat (ohjelma F4, v, P, A, D)", "Listor (program F4, v, P, A, D)", "Lists (agenda F4, v, P, A, D)";
    HelpInSearch => "Haku (/ tai Ctrl+F)", "Sök (/ eller Ctrl+F)", "Search (/ or Ctrl+F)";
    KeyVotingRules => "äänibudjetti ja katto", "röstbudget och tak", "vote budget and cap";
    KeyNewAgendaItem => "uusi ohjelmakohta", "ny programpunkt", "new agenda item";
    VotingRulesPrompt => "Ääniä osallistujaa kohden ja enintään ideaa kohden, esim. 3 5 (- = ei rajaa)", "Röster per deltagare och högst per idé, t.ex. 3 5 (- = ingen gräns)", "Votes per participant and at most per idea, e.g. 3 5 (- = no limit)";
    AgendaItemPrompt => "Ohjelmakohta: 13.40 20 Otsikko | kysymys", "Programpunkt: 13.40 20 Rubrik | fråga", "Agenda item: 13.40 20 Title | prompt";
    VoteRulesNote => "budjetti {} ääntä/osallistuja, katto {}/idea", "budget {} röster/deltagare, tak {}/idé", "budget {} votes/participant, cap {}/idea";
    ParkingWaiting => "Parkkipaikalla {} asiaa — P näyttää", "{} saker på parkeringen — P visar", "{} items in the parking lot — P shows them";
    // Singular forms of counted messages, chosen by `Msg::for_count` when the count is 1
    IdeasOne => "{} idea", "{} idé", "{} idea";
    ThemesOne => "{} teema", "{} tema", "{} theme";
    BadGroupOne => "ryhmää {} ei ole: istunnossa on {} ryhmä", "grupp {} finns inte: sessionen har {} grupp", "there is no group {}: the session has {} group";
    IdeaGroupMissingOne => "idea {} on ryhmässä {}, mutta ryhmiä on vain {}", "idé {} är i grupp {}, men det finns bara {} grupp", "idea {} is in group {}, but there is only {} group";
    CheckJournalOkOne => "{}: {} muutos odottaa tallennusta istuntotiedostoon", "{}: {} ändring väntar på att sparas i sessionsfilen", "{}: {} change waits to be saved into the session file";
    NoticeTornTailOne => "{}: viimeinen, kesken jäänyt merkintä ({} tavu) jätettiin pois; sitä kirjoitettiin, kun ohjelma pysähtyi", "{}: den sista, ofullständiga posten ({} byte) utelämnades; den skrevs när programmet stannade", "{}: the last, unfinished entry ({} byte) was left out; it was being written when the program stopped";
    NoticeBadRecordsOne => "{}: {} vahingoittunut merkintä ohitettiin", "{}: {} skadad post hoppades över", "{}: {} damaged entry was skipped";
    NoticeReplayedOne => "{}: {} muutos palautettiin muutoslokista", "{}: {} ändring återställdes från ändringsloggen", "{}: {} change was recovered from the change journal";
    SearchHitsOne => "{} osuma", "{} träff", "{} match";
    ParkingWaitingOne => "Parkkipaikalla {} asia — P näyttää", "{} sak på parkeringen — P visar", "{} item in the parking lot — P shows it";
    VoteRulesNoteOne => "budjetti {} ääni/osallistuja, katto {}/idea", "budget {} röst/deltagare, tak {}/idé", "budget {} vote/participant, cap {}/idea";
    OverVoteCapOne => "idealla {} voi olla enintään {} ääni", "idé {} kan ha högst {} röst", "idea {} may have at most {} vote";
    ImportNotesOne => "{} tekstikappale muistiinpanoihin", "{} textstycke till anteckningarna", "{} text passage to the notes";
    ImportAgendaOne => "{} ohjelmakohta", "{} programpunkt", "{} agenda item";
    ImportParkingOne => "{} asia parkkipaikalle", "{} fråga till parkeringsplatsen", "{} item to the parking lot";
    ImportActionsOne => "{} toimenpide", "{} åtgärd", "{} action";
    ImportCsvSkippedOne => "{} rivi ilman ideaa ohitettiin", "{} rad utan idé hoppades över", "{} row without an idea was skipped";
    // Organize mode: a key that is no command there (the user probably meant to type)
    NotACommand => "Järjestelytila: kirjaimet ovat komentoja — {} palaa kirjoittamaan", "Ordningsläge: bokstäverna är kommandon — {} återgår till inmatning", "Organize mode: letters are commands — {} returns to typing";
    NewSessionTitle => "Uusi tilaisuus", "Nytt möte", "New session";
    ThemeSetsHeading => "Teemasarjat:", "Temauppsättningar:", "Theme sets:";
    // Store errors
    ReadFailed => "tiedostoa {} ei voi lukea: {}", "filen {} kan inte läsas: {}", "cannot read {}: {}";
    WriteFailed => "tiedostoon {} ei voi kirjoittaa: {}", "kan inte skriva till {}: {}", "cannot write to {}: {}";
    ParseFailed => "{}:{}:{}: {}", "{}:{}:{}: {}", "{}:{}:{}: {}";
    NewerVersion => "{}: tiedoston versio {} on uudempi kuin tämä ohjelma ymmärtää ({}); päivitä foorumi", "{}: filens version {} är nyare än programmet förstår ({}); uppdatera foorumi", "{}: file version {} is newer than this program understands ({}); update foorumi";
    InvalidSession => "{}: istunto on ristiriitainen: {}", "{}: sessionen är inkonsekvent: {}", "{}: the session is inconsistent: {}";
    // Store: errors (added by the store layer)
    NotUtf8 => "{}: tiedosto ei ole UTF-8-tekstiä (tavu {})", "{}: filen är inte UTF-8-text (byte {})", "{}: the file is not UTF-8 text (byte {})";
    NoSessionFile => "istuntotiedostoa {} ei ole, eikä sen varmuuskopioita", "sessionsfilen {} finns inte, inte heller dess säkerhetskopior", "there is no session file {} and no backup of it";
    SyncFailed => "levy ei vahvistanut tiedoston {} kirjoitusta: {}. Tallenna istunto toiseen paikkaan.", "disken bekräftade inte skrivningen av {}: {}. Spara sessionen på ett annat ställe.", "the disk did not confirm writing {}: {}. Save the session somewhere else.";
    Poisoned => "tallennus tiedostoon {} epäonnistui aiemmin ({}), joten sinne ei enää kirjoiteta: tallenna istunto toiseen paikkaan", "sparandet i {} misslyckades tidigare ({}), så inget mer skrivs dit: spara sessionen på ett annat ställe", "saving to {} failed earlier ({}), so nothing more is written there: save the session somewhere else";
    FileReadOnly => "{} on avattu vain luku -tilassa: muutoksia ei tallenneta", "{} är öppnad endast för läsning: ändringar sparas inte", "{} is open read-only: changes are not saved";
    LockedBy => "{} on auki kirjoitusta varten toisessa ohjelmassa (prosessi {})", "{} är öppen för skrivning i ett annat program (process {})", "{} is open for writing in another program (process {})";
    Locked => "{} on auki kirjoitusta varten toisessa ohjelmassa", "{} är öppen för skrivning i ett annat program", "{} is open for writing in another program";
    LockFailed => "tiedostoa {} ei voi lukita: {}", "filen {} kan inte låsas: {}", "cannot lock {}: {}";
    ChangeRejected => "{}: muutosta ei voi tehdä: {}", "{}: ändringen kan inte göras: {}", "{}: the change cannot be made: {}";
    JournalMismatch => "{}: muutosloki ei kuulu tähän istuntotiedostoon; sitä ei muutettu", "{}: ändringsloggen hör inte till denna sessionsfil; den ändrades inte", "{}: the change journal does not belong to this session file; it was left as it is";
    NoHomeDir => "foorumin tietokansiota ei löydy: aseta ympäristömuuttuja FOORUMI_HOME", "foorumis datamapp hittas inte: ställ in miljövariabeln FOORUMI_HOME", "cannot find a data folder for foorumi: set the environment variable FOORUMI_HOME";
    // Store: what is wrong in a session file
    DuplicateIdeaId => "idean numero {} on käytössä kahdesti", "idénummer {} används två gånger", "idea number {} is used twice";
    DuplicateThemeKey => "teeman avain '{}' on käytössä kahdesti", "temanyckeln '{}' används två gånger", "theme key '{}' is used twice";
    EmptyThemeKey => "teemalta puuttuu avain", "ett tema saknar nyckel", "a theme has no key";
    IdeaThemeMissing => "idea {} kuuluu teemaan '{}', jota ei ole", "idé {} hör till temat '{}', som inte finns", "idea {} belongs to theme '{}', which does not exist";
    ParentMissing => "teeman '{}' yläteemaa '{}' ei ole", "temat '{}' har övertemat '{}', som inte finns", "theme '{}' has the parent theme '{}', which does not exist";
    ParentNested => "teema '{}' on teeman '{}' alla, joka on itse alateema (enintään kaksi tasoa)", "temat '{}' ligger under '{}', som själv är ett undertema (högst två nivåer)", "theme '{}' is under '{}', which is itself a sub-theme (two levels at most)";
    IdeaGroupMissing => "idea {} on ryhmässä {}, mutta ryhmiä on {}", "idé {} är i grupp {}, men grupperna är {}", "idea {} is in group {}, but there are {} groups";
    // Store: why a change does not fit
    NoSuchIdeaNumber => "ideaa numero {} ei ole", "idé nummer {} finns inte", "there is no idea number {}";
    IdeaNumberTaken => "idea numero {} on jo olemassa", "idé nummer {} finns redan", "idea number {} exists already";
    NoSuchThemeKey => "teemaa '{}' ei ole", "temat '{}' finns inte", "there is no theme '{}'";
    ThemeKeyTaken => "teema '{}' on jo olemassa", "temat '{}' finns redan", "theme '{}' exists already";
    ThemeKeyNotEmpty => "teemassa '{}' on vielä ideoita tai alateemoja", "temat '{}' har ännu idéer eller underteman", "theme '{}' still has ideas or sub-themes";
    // Store: what recovery found
    NoticeTornTail => "{}: viimeinen, kesken jäänyt merkintä ({} tavua) jätettiin pois; sitä kirjoitettiin, kun ohjelma pysähtyi", "{}: den sista, ofullständiga posten ({} byte) utelämnades; den skrevs när programmet stannade", "{}: the last, unfinished entry ({} bytes) was left out; it was being written when the program stopped";
    NoticeBadRecords => "{}: {} vahingoittunutta merkintää ohitettiin", "{}: {} skadade poster hoppades över", "{}: {} damaged entries were skipped";
    NoticeSkipped => "{}: merkintä {} ei enää sovi istuntoon ja ohitettiin: {}", "{}: post {} passar inte längre sessionen och hoppades över: {}", "{}: entry {} no longer fits the session and was skipped: {}";
    NoticeFellBack => "{} ei ole luettavissa ({}); avattiin varmuuskopio {}", "{} går inte att läsa ({}); säkerhetskopian {} öppnades", "{} could not be read ({}); the backup {} was opened instead";
    NoticeReplayed => "{}: {} muutosta palautettiin muutoslokista", "{}: {} ändringar återställdes från ändringsloggen", "{}: {} changes were recovered from the change journal";
    NoticeJournalForeign => "{}: muutosloki kuuluu istuntotiedoston toiseen versioon, eikä sitä käytetty", "{}: ändringsloggen hör till en annan version av sessionsfilen och användes inte", "{}: the change journal belongs to another version of the session file and was not used";
    NoticeKeptCopy => "alkuperäinen on tallessa: {}", "originalet finns kvar: {}", "the original is kept as {}";
    NoticeReadOnly => "{} on auki kirjoitusta varten toisessa ohjelmassa: tämä ikkuna on vain luku", "{} är öppen för skrivning i ett annat program: detta fönster är endast för läsning", "{} is open for writing in another program: this window is read-only";
    NoticeReadOnlyPid => "{} on auki kirjoitusta varten toisessa ohjelmassa (prosessi {}): tämä ikkuna on vain luku", "{} är öppen för skrivning i ett annat program (process {}): detta fönster är endast för läsning", "{} is open for writing in another program (process {}): this window is read-only";
    NoticeDraftDamaged => "{}: keskeneräinen rivi oli vahingoittunut ja jätettiin pois", "{}: den ofullständiga raden var skadad och utelämnades", "{}: the unfinished line was damaged and was left out";
    // Store: `foorumi check`
    // The counts are filled in from `Ideas` / `IdeasOne` and `Themes` / `ThemesOne`.
    CheckFileOk => "{}: kunnossa ({}, {})", "{}: i ordning ({}, {})", "{}: OK ({}, {})";
    CheckFileMissing => "{}: puuttuu", "{}: saknas", "{}: missing";
    CheckJournalOk => "{}: {} muutosta odottaa tallennusta istuntotiedostoon", "{}: {} ändringar väntar på att sparas i sessionsfilen", "{}: {} changes wait to be saved into the session file";
    CheckAllOk => "Kaikki kunnossa", "Allt i ordning", "Everything is in order";
    CheckRepairable => "Ongelmia löytyi; istunto voidaan palauttaa", "Problem hittades; sessionen kan återställas", "Problems were found; the session can be recovered";
    CheckUnrecoverable => "Istuntoa ei voi palauttaa näistä tiedostoista", "Sessionen kan inte återställas från dessa filer", "The session cannot be recovered from these files";
    IdeaIdTooLarge => "idean numero {} on liian suuri", "idénummer {} är för stort", "idea number {} is too large";
    // Export
    SummaryHeading => "YHTEENVETO {} {} RYHMÄTÖISTÄ", "SAMMANFATTNING {} AV GRUPPARBETENA VID {}", "SUMMARY {} OF THE GROUP WORK AT {}";
    SummaryHeadingPlain => "YHTEENVETO {} RYHMÄTÖISTÄ: {}", "SAMMANFATTNING {} AV GRUPPARBETENA VID {}", "SUMMARY {} OF THE GROUP WORK AT {}";
    ExportDate => "Päivämäärä", "Datum", "Date";
    ExportTime => "Aika", "Tid", "Time";
    ExportPlace => "Paikka", "Plats", "Place";
    ExportParticipants => "Osallistujia", "Deltagare", "Participants";
    ExportOrganisers => "Järjestäjät", "Arrangörer", "Organisers";
    ExportAgenda => "Ohjelma", "Program", "Agenda";
    ExportParking => "Parkkipaikka", "Parkeringsplats", "Parking lot";
    ExportActions => "Toimenpiteet", "Åtgärder", "Actions";
    ExportNotes => "Muistiinpanot", "Anteckningar", "Notes";
    ExportAction => "Toimenpide", "Åtgärd", "Action";
    ExportOwner => "Vastuutaho", "Ansvarig", "Owner";
    ExportDue => "Määräaika", "Tidsfrist", "Due";
    ExportStatus => "Tila", "Status", "Status";
    StatusOpen => "avoin", "öppen", "open";
    StatusDone => "toteutuu", "genomförs", "done";
    StatusPartly => "toteutuu osittain", "genomförs delvis", "partly done";
    StatusNotDone => "ei toteudu", "genomförs inte", "not done";
    VotesOne => "{} ääni", "{} röst", "{} vote";
    VotesMany => "{} ääntä", "{} röster", "{} votes";
    NoIdeas => "(ei ideoita)", "(inga idéer)", "(no ideas)";
    Minutes => "{} min", "{} min", "{} min";
    ColumnTheme => "Teema", "Tema", "Theme";
    ColumnSubTheme => "Alateema", "Undertema", "Sub-theme";
    ColumnGroup => "Ryhmä", "Grupp", "Group";
    ColumnIdea => "Idea", "Idé", "Idea";
    ColumnSubPoints => "Alakohdat", "Underpunkter", "Sub-points";
    ColumnVotes => "Äänet", "Röster", "Votes";
    ColumnCreated => "Luotu", "Skapad", "Created";
    // Import report
    ImportedTitle => "Tuotu yhteenveto", "Importerad sammanfattning", "Imported summary";
    ImportTitle => "Otsikko: {}", "Rubrik: {}", "Title: {}";
    ImportDate => "Päivämäärä: {}", "Datum: {}", "Date: {}";
    // The count of ideas in brackets and before "lajittelemattomiin" is `Ideas` / `IdeasOne`.
    ImportThemeMapped => "'{}' → teema {} ({})", "'{}' → tema {} ({})", "'{}' → theme {} ({})";
    ImportThemeNew => "'{}' → uusi teema {} ({})", "'{}' → nytt tema {} ({})", "'{}' → new theme {} ({})";
    ImportSubThemeNew => "'{}' → uusi alateema {} teemassa {} ({})", "'{}' → nytt undertema {} under {} ({})", "'{}' → new sub-theme {} under {} ({})";
    ImportUnsorted => "{} lajittelemattomiin", "{} till osorterade", "{} to the unsorted pool";
    ImportNotes => "{} tekstikappaletta muistiinpanoihin", "{} textstycken till anteckningarna", "{} text passages to the notes";
    ImportAgenda => "{} ohjelmakohtaa", "{} programpunkter", "{} agenda items";
    ImportParking => "{} asiaa parkkipaikalle", "{} frågor till parkeringsplatsen", "{} items to the parking lot";
    ImportActions => "{} toimenpidettä", "{} åtgärder", "{} actions";
    ImportNoIdeas => "Tekstistä ei löytynyt yhtään ideaa", "Inga idéer hittades i texten", "No ideas were found in the text";
    ImportCsvDelimiter => "Erotinmerkki: {}", "Avgränsare: {}", "Delimiter: {}";
    ImportCsvColumns => "Sarakkeet: {}", "Kolumner: {}", "Columns: {}";
    ImportCsvNoHeader => "Otsikkoriviä ei tunnistettu: ensimmäinen sarake luetaan teemaksi ja toinen ideaksi", "Rubrikraden kändes inte igen: första kolumnen läses som tema och andra som idé", "No header row recognised: the first column is read as the theme and the second as the idea";
    ImportCsvSingleColumn => "Otsikkoriviä ei tunnistettu: jokainen rivi luetaan ideaksi", "Rubrikraden kändes inte igen: varje rad läses som en idé", "No header row recognised: every row is read as an idea";
    ImportCsvSkipped => "{} riviä ilman ideaa ohitettiin", "{} rader utan idé hoppades över", "{} rows without an idea were skipped";
    ImportCsvLatin1 => "Tiedosto ei ollut UTF-8-muodossa; se luettiin Windows-1252-merkistönä", "Filen var inte i UTF-8; den lästes som Windows-1252", "The file was not UTF-8; it was read as Windows-1252";
    TabName => "sarkain", "tabb", "tab";
    // Running the session: agenda item kinds
    KindOpening => "Avaus", "Öppning", "Opening";
    KindCapture => "Ideointi", "Idéinsamling", "Capturing ideas";
    KindGrouping => "Ryhmittely", "Gruppering", "Grouping";
    KindVoting => "Äänestys", "Röstning", "Voting";
    KindDiscussion => "Keskustelu", "Diskussion", "Discussion";
    KindBreak => "Tauko", "Paus", "Break";
    KindSummary => "Yhteenveto", "Sammanfattning", "Summary";
    // Running the session: the first agenda item of a session carried over from the previous one
    ReviewPrevious => "Edellisen kerran toimenpiteet ja parkkipaikka", "Åtgärder och parkeringsplats från förra gången", "Actions and parking lot from last time";
    // Running the session: why a change does not fit
    NoSuchAgendaItem => "esityslistan kohtaa {} ei ole", "punkt {} finns inte på föredragningslistan", "there is no agenda item {}";
    NoSuchParkingItem => "parkkipaikalla ei ole kohtaa {}", "parkeringsplatsen har ingen punkt {}", "the parking lot has no item {}";
    NoSuchAction => "toimenpidettä {} ei ole", "åtgärd {} finns inte", "there is no action {}";
    OverVoteCap => "idealla {} voi olla enintään {} ääntä", "idé {} kan ha högst {} röster", "idea {} may have at most {} votes";
    VotingClosed => "äänestys on päättynyt", "röstningen är avslutad", "voting is closed";
    NothingToMerge => "valitse ainakin yksi toinen idea yhdistettäväksi", "välj minst en annan idé att slå ihop", "choose at least one other idea to merge";
    AlreadyDismissed => "ideoita {} ja {} ei enää ehdoteta päällekkäisiksi", "idéerna {} och {} föreslås redan inte som dubbletter", "ideas {} and {} are already not suggested as duplicates";
    NotDismissed => "ideoiden {} ja {} ehdotusta ei ole ohitettu", "förslaget om idéerna {} och {} har inte avfärdats", "the suggestion for ideas {} and {} was not dismissed";
    SameIdea => "idea {} ei voi olla itsensä kaksoiskappale", "idé {} kan inte vara en dubblett av sig själv", "idea {} cannot be a duplicate of itself";
    // Command line: the next session of a series, actions and the parking lot from the shell
    ContinuesSession => "Jatkoa tilaisuudelle {}", "Fortsättning på {}", "Follow-up to {}";
    CarriedOver => "Edelliseltä kerralta siirrettiin toimenpiteitä: {} (avoimia {}, osittain toteutuneita {}); parkkipaikan asioita: {}", "Överfört från förra gången: åtgärder: {} (öppna {}, delvis genomförda {}); frågor på parkeringsplatsen: {}", "Carried over from last time: actions: {} (open {}, partly done {}); parking-lot items: {}";
    CarriedLeft => "Edelliseen tilaisuuteen jäi toteutuneita tai toteutumattomia toimenpiteitä: {}", "Kvar i förra mötet (genomförda eller inte genomförda åtgärder): {}", "Left with the previous session (done or not-done actions): {}";
    ActionAdded => "Toimenpide lisätty: {}", "Åtgärd tillagd: {}", "Action added: {}";
    ParkingAdded => "Lisätty parkkipaikalle: {}", "Tillagd på parkeringsplatsen: {}", "Added to the parking lot: {}";
    EmptyAction => "toimenpiteen teksti on tyhjä", "åtgärdens text är tom", "the action text is empty";
    EmptyParkingItem => "parkkipaikan asia on tyhjä", "frågan till parkeringsplatsen är tom", "the parking-lot item is empty";
    // Export: the voting result
    ExportRanking => "Äänestyksen tulos", "Röstningsresultat", "Voting result";
    ColumnRank => "Sija", "Plats", "Rank";
    // Issue 13: participants' phones and the inbox
    NoSuchInboxItem => "saapuneissa ei ole lähetystä {}", "inkorgen har ingen sändning {}", "the inbox has no submission {}";
    DuplicateSubmission => "lähetys {} on jo tallennettu", "sändningen {} är redan sparad", "submission {} is stored already";
    RoomNow => "Nyt", "Nu", "Now";
    RoomYourIdea => "Ajatuksesi", "Din idé", "Your idea";
    RoomTheme => "Teema", "Tema", "Theme";
    RoomLetDecide => "Anna fasilitaattorin päättää", "Låt facilitatorn bestämma", "Let the facilitator decide";
    RoomWho => "Nimi ja organisaatio (vapaaehtoinen)", "Namn och organisation (frivilligt)", "Name and organisation (optional)";
    RoomName => "Nimi", "Namn", "Name";
    RoomOrganisation => "Organisaatio", "Organisation", "Organisation";
    RoomAnonymous => "Ilman nimeä lähetät nimettömänä. Muut eivät näe lähettämääsi, ennen kuin fasilitaattori nostaa sen seinälle.", "Utan namn skickar du anonymt. Andra ser inte det du skickar förrän facilitatorn lyfter upp det på väggen.", "Without a name you send anonymously. Others do not see what you send until the facilitator puts it on the wall.";
    RoomSend => "Lähetä", "Skicka", "Send";
    RoomSent => "Lähetetty ✓", "Skickat ✓", "Sent ✓";
    RoomSending => "Lähetetään…", "Skickar…", "Sending…";
    RoomRetrying => "Yhteys katkesi, yritetään uudelleen…", "Anslutningen bröts, försöker igen…", "Connection lost, trying again…";
    RoomYourSent => "Lähettämäsi ajatukset", "Idéer du har skickat", "Ideas you have sent";
    RoomWall => "Seinällä", "På väggen", "On the wall";
    RoomEmptyIdea => "Kirjoita ajatus ennen lähettämistä.", "Skriv en idé innan du skickar.", "Write an idea before sending.";
    RoomTooLong => "Ajatus on liian pitkä: enintään {} merkkiä.", "Idén är för lång: högst {} tecken.", "The idea is too long: at most {} characters.";
    RoomBodyTooLarge => "Lähetys on liian suuri: enintään {} tavua.", "Sändningen är för stor: högst {} byte.", "The sending is too large: at most {} bytes.";
    RoomTooFast => "Lähetit monta ajatusta hetken sisällä. Odota {} s ja lähetä uudelleen.", "Du skickade många idéer på kort tid. Vänta {} s och skicka igen.", "You sent many ideas in a short time. Wait {} s and send again.";
    RoomFull => "Huoneessa on jo enimmäismäärä osallistujia ({}). Kerro ajatuksesi ääneen tai paperilla.", "Rummet har redan högsta antalet deltagare ({}). Säg din idé högt eller på papper.", "The room already has the most participants it takes ({}). Say your idea aloud or on paper.";
    RoomBlocked => "Fasilitaattori on estänyt lähetykset tästä laitteesta.", "Facilitatorn har spärrat sändningar från den här enheten.", "The facilitator has blocked sendings from this device.";
    RoomNotFound => "Sivua ei löydy. Tarkista liittymiskoodi seinältä.", "Sidan finns inte. Kontrollera anslutningskoden på väggen.", "Page not found. Check the join code on the wall.";
    RoomBusy => "Tallennus ei onnistunut juuri nyt. Lähetä uudelleen: ajatus ei tallennu kahdesti.", "Det gick inte att spara just nu. Skicka igen: idén sparas inte två gånger.", "Saving did not work just now. Send again: the idea is not stored twice.";
    RoomBadForm => "Lomake oli vajaa tai virheellinen: {}.", "Formuläret var ofullständigt eller felaktigt: {}.", "The form was incomplete or wrong: {}.";
    RoomBack => "Takaisin", "Tillbaka", "Back";
    RoomJoinCode => "Liittymiskoodi (seinällä)", "Anslutningskod (på väggen)", "Join code (on the wall)";
    RoomJoin => "Liity", "Gå med", "Join";
    RoomLanguage => "Kieli", "Språk", "Language";
    RoomListening => "Huone auki: {} · koodi {} · verkko {}", "Rummet är öppet: {} · kod {} · nätverk {}", "Room open: {} · code {} · network {}";
    CheckInbox => "Saapuneet puhelimista: {} odottaa hyväksymistä", "Inkommet från telefoner: {} väntar på godkännande", "Inbox from phones: {} waiting to be accepted";
    FromPhone => "puhelimesta", "från telefon", "from a phone";
    FromPhoneBy => "puhelimesta: {}", "från telefon: {}", "from a phone: {}";
    ModeRoom => "HUONE", "RUMMET", "ROOM";
    ModeInbox => "SAAPUNEET", "INKOMMET", "INBOX";
    HelpInRoom => "Huone ja saapuneet (puhelimet)", "Rummet och inkorgen (telefoner)", "Room and inbox (phones)";
    RoomOpenedAt => "Huone auki: {} · koodi {}", "Rummet är öppet: {} · kod {}", "Room open: {} · code {}";
    RoomOpenFailed => "Huoneen avaaminen ei onnistunut: {}", "Det gick inte att öppna rummet: {}", "Could not open the room: {}";
    RoomClosedNote => "Huone suljettu: puhelimet eivät enää voi lähettää", "Rummet är stängt: telefoner kan inte längre skicka", "Room closed: phones can no longer send";
    RoomJoinTitle => "Osallistu puhelimella", "Delta med telefonen", "Join from your phone";
    RoomScanOrOpen => "Skannaa koodi tai avaa selaimessa:", "Skanna koden eller öppna i webbläsaren:", "Scan the code or open in a browser:";
    RoomCodeLabel => "Koodi", "Kod", "Code";
    RoomNetwork => "Verkko: {} (sama kuin tällä koneella)", "Nätverk: {} (samma som den här datorn)", "Network: {} (the same as this laptop)";
    InboxCount => "Saapuneet {}", "Inkommet {}", "Inbox {}";
    InboxTitle => "Saapuneet puhelimista", "Inkommet från telefoner", "Inbox from phones";
    InboxAutoAccept => "automaattinen hyväksyntä: {}", "automatiskt godkännande: {}", "auto-accept: {}";
    InboxShowWall => "seinä puhelimissa: {}", "väggen i telefonerna: {}", "wall on phones: {}";
    InboxEmpty => "Ei odottavia ideoita.", "Inga idéer väntar.", "No ideas waiting.";
    InboxNothingSimilar => "seinällä ei ole tarpeeksi samanlaista ideaa yhdistettäväksi", "det finns ingen tillräckligt lik idé på väggen att slå ihop med", "no idea on the wall is alike enough to merge with";
    InboxEditPrompt => "Muokkaa saapunutta ideaa", "Redigera den inkomna idén", "Edit the idea from the phone";
    Anonymous => "nimetön", "anonym", "anonymous";
    On => "päällä", "på", "on";
    Off => "pois", "av", "off";
    PhoneIdeasArrived => "Puhelimista saapui {}", "Från telefoner kom {}", "From phones: {} arrived";
    KeyRoom => "puhelimet", "telefoner", "phones";
    KeyShowRoom => "QR-koodi", "QR-kod", "QR code";
    KeyInbox => "saapuneet", "inkommet", "inbox";
    KeyInboxAccept => "hyväksy", "godkänn", "accept";
    KeyInboxAcceptInto => "hyväksy teemaan N", "godkänn till tema N", "accept into theme N";
    KeyInboxReject => "hylkää", "avvisa", "reject";
    KeyInboxEdit => "muokkaa", "redigera", "edit";
    KeyInboxMerge => "yhdistä samanlaiseen", "slå ihop med liknande", "merge with similar";
    KeyInboxBlock => "estä lähettäjä", "spärra avsändaren", "block the sender";
    KeyAutoAccept => "automaattinen hyväksyntä", "automatiskt godkännande", "auto-accept";
    KeyShowWall => "seinä puhelimiin", "väggen till telefoner", "wall to phones";
    KeyRotateCode => "uusi koodi", "ny kod", "new code";
    KeyRoomClose => "sulje huone", "stäng rummet", "close the room";
    ColumnSource => "Lähde", "Källa", "Source";
    InboxAccepted => "Hyväksytty teemaan {} (Ctrl+Z peruu)", "Godkänd till temat {} (Ctrl+Z ångrar)", "Accepted into {} (Ctrl+Z undoes)";
    InboxRejected => "Hylätty (Ctrl+Z peruu)", "Avvisad (Ctrl+Z ångrar)", "Rejected (Ctrl+Z undoes)";
}
