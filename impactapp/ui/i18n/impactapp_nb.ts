<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="nb_NO" sourcelanguage="en">
  <context>
    <name>AlternativeCard</name>
    <message>
      <location filename="../fields/alternatives.py" line="71" />
      <source>Recommended</source>
      <extracomment>Default names are content (they appear in the memo), so they follow the memo's language.</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/alternatives.py" line="74" />
      <source>↑ Move up</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/alternatives.py" line="75" />
      <source>↓ Move down</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/alternatives.py" line="76" />
      <source>Remove …</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/alternatives.py" line="88" />
      <location filename="../fields/alternatives.py" line="146" />
      <source>Name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/alternatives.py" line="89" />
      <location filename="../fields/alternatives.py" line="147" />
      <source>Description</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/alternatives.py" line="98" />
      <source>Remove</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/alternatives.py" line="99" />
      <location filename="../fields/alternatives.py" line="168" />
      <source>Cancel</source>
      <translation type="unfinished">Avbryt</translation>
    </message>
    <message>
      <location filename="../fields/alternatives.py" line="149" />
      <source>Move %1 up</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/alternatives.py" line="150" />
      <source>Move %1 down</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/alternatives.py" line="151" />
      <source>Remove %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/alternatives.py" line="158" />
      <source>“%1” is the recommended alternative and cannot be removed. Recommend another alternative first (step Recommendation).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/alternatives.py" line="162" />
      <source>OK</source>
      <translation type="unfinished">OK</translation>
    </message>
    <message>
      <location filename="../fields/alternatives.py" line="165" />
      <source>Remove “%1” with its ratings, climate effect and costs?</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>AlternativesField</name>
    <message>
      <location filename="../fields/alternatives.py" line="196" />
      <source>The zero alternative is to continue as today or as already decided. Every measure is assessed against it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/alternatives.py" line="205" />
      <source>+ Add measure</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/alternatives.py" line="206" />
      <source>+ Add zero alternative</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/alternatives.py" line="232" />
      <source>Add zero alternative</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/alternatives.py" line="239" />
      <source>Add measure</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/alternatives.py" line="251" />
      <source>Name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/alternatives.py" line="251" />
      <source>Description</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/alternatives.py" line="266" />
      <source>Move measure</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/alternatives.py" line="282" />
      <source>Remove measure</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/alternatives.py" line="312" />
      <source>Zero alternative</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/alternatives.py" line="314" />
      <source>Measure %1</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>App</name>
    <message>
      <location filename="../../app.py" line="53" />
      <source>The criteria catalog is invalid, so ImpactApp cannot start.</source>
      <translation>Kriteriekatalogen er ugyldig, så ImpactApp kan ikke starte.</translation>
    </message>
    <message>
      <location filename="../../app.py" line="60" />
      <source>The database cannot be opened.</source>
      <translation>Databasen kan ikke åpnes.</translation>
    </message>
  </context>
  <context>
    <name>AppController</name>
    <message>
      <location filename="../controller.py" line="98" />
      <source>revision %1</source>
      <translation>revisjon %1</translation>
    </message>
  </context>
  <context>
    <name>CaseListModel</name>
    <message>
      <location filename="../case_list_model.py" line="43" />
      <source>Title</source>
      <translation>Tittel</translation>
    </message>
    <message>
      <location filename="../case_list_model.py" line="44" />
      <source>Case no.</source>
      <translation>Saksnr.</translation>
    </message>
    <message>
      <location filename="../case_list_model.py" line="45" />
      <source>Unit</source>
      <translation>Enhet</translation>
    </message>
    <message>
      <location filename="../case_list_model.py" line="46" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../case_list_model.py" line="47" />
      <source>Depth</source>
      <translation>Utredningsnivå</translation>
    </message>
    <message>
      <location filename="../case_list_model.py" line="48" />
      <source>Last changed</source>
      <translation>Endret</translation>
    </message>
  </context>
  <context>
    <name>CaseOps</name>
    <message>
      <location filename="../case_ops.py" line="18" />
      <source>Zero alternative – as today</source>
      <translation>Nullalternativ – dagens situasjon</translation>
    </message>
    <message>
      <location filename="../case_ops.py" line="20" />
      <source>New case</source>
      <translation>Ny sak</translation>
    </message>
    <message>
      <location filename="../case_ops.py" line="31" />
      <source>Copy of %1</source>
      <translation>Kopi av %1</translation>
    </message>
    <message>
      <location filename="../case_ops.py" line="60" />
      <location filename="../case_ops.py" line="72" />
      <source>Import</source>
      <translation>Import</translation>
    </message>
    <message numerus="yes">
      <location filename="../case_ops.py" line="61" />
      <source>Nothing was imported: the files have %n problem(s).</source>
      <translation>
        <numerusform>Ingenting ble importert: filene har %n feil.</numerusform>
        <numerusform>Ingenting ble importert: filene har %n feil.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../case_ops.py" line="73" />
      <source>The import could not be saved.</source>
      <translation>Importen kunne ikke lagres.</translation>
    </message>
    <message>
      <location filename="../case_ops.py" line="86" />
      <source>Export</source>
      <translation>Eksport</translation>
    </message>
    <message>
      <location filename="../case_ops.py" line="87" />
      <source>The case could not be exported.</source>
      <translation>Saken kunne ikke eksporteres.</translation>
    </message>
    <message>
      <location filename="../case_ops.py" line="97" />
      <location filename="../case_ops.py" line="107" />
      <source>Erase for good</source>
      <translation>Slett for godt</translation>
    </message>
    <message>
      <location filename="../case_ops.py" line="98" />
      <source>Erase “%1” for good? It can not be restored afterwards.</source>
      <translation>Slette «%1» for godt? Den kan ikke gjenopprettes etterpå.</translation>
    </message>
    <message>
      <location filename="../case_ops.py" line="108" />
      <source>Are you sure? The case and all its revisions will be erased.</source>
      <translation>Er du sikker? Saken og alle revisjonene blir slettet.</translation>
    </message>
  </context>
  <context>
    <name>CaseWindow</name>
    <message>
      <location filename="../wizard/window.py" line="47" />
      <source>Steps</source>
      <translation>Steg</translation>
    </message>
    <message>
      <location filename="../wizard/window.py" line="76" />
      <source>Back</source>
      <translation>Tilbake</translation>
    </message>
    <message>
      <location filename="../wizard/window.py" line="77" />
      <source>Next</source>
      <translation>Neste</translation>
    </message>
    <message>
      <location filename="../wizard/window.py" line="105" />
      <source>&amp;Edit</source>
      <translation>&amp;Rediger</translation>
    </message>
    <message>
      <location filename="../wizard/window.py" line="106" />
      <source>&amp;Undo</source>
      <translation>&amp;Angre</translation>
    </message>
    <message>
      <location filename="../wizard/window.py" line="108" />
      <source>&amp;Redo</source>
      <translation>&amp;Gjør om</translation>
    </message>
    <message>
      <location filename="../wizard/window.py" line="112" />
      <source>&amp;Close case</source>
      <translation>&amp;Lukk saken</translation>
    </message>
    <message>
      <location filename="../wizard/window.py" line="152" />
      <source>complete</source>
      <translation>fullført</translation>
    </message>
    <message>
      <location filename="../wizard/window.py" line="152" />
      <source>incomplete</source>
      <translation>ufullstendig</translation>
    </message>
    <message>
      <location filename="../wizard/window.py" line="153" />
      <source>has review notes</source>
      <translation>har merknader fra gjennomgang</translation>
    </message>
    <message>
      <location filename="../wizard/window.py" line="153" />
      <source>not started</source>
      <translation>ikke påbegynt</translation>
    </message>
    <message numerus="yes">
      <location filename="../wizard/window.py" line="165" />
      <source>%n trade-off(s) without handling</source>
      <translation>
        <numerusform>%n avveining uten håndtering</numerusform>
        <numerusform>%n avveininger uten håndtering</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../wizard/window.py" line="166" />
      <source>%n knowledge gap(s)</source>
      <translation>
        <numerusform>%n kunnskapshull</numerusform>
        <numerusform>%n kunnskapshull</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../wizard/window.py" line="172" />
      <source>Not saved: %1</source>
      <translation>Ikke lagret: %1</translation>
    </message>
    <message>
      <location filename="../wizard/window.py" line="174" />
      <source>Saving …</source>
      <translation>Lagrer …</translation>
    </message>
    <message>
      <location filename="../wizard/window.py" line="176" />
      <source>Saved %1</source>
      <translation>Lagret %1</translation>
    </message>
    <message>
      <location filename="../wizard/window.py" line="178" />
      <source>Saved</source>
      <translation>Lagret</translation>
    </message>
    <message>
      <location filename="../wizard/window.py" line="186" />
      <source>Approved by %1 – this revision is locked and cannot be changed.</source>
      <translation>Godkjent av %1 – denne revisjonen er låst og kan ikke endres.</translation>
    </message>
    <message>
      <source>Untitled case</source>
      <translation>Sak uten tittel</translation>
    </message>
  </context>
  <context>
    <name>CostField</name>
    <message>
      <location filename="../fields/measures.py" line="395" />
      <source>Add a measure in the step Alternatives to give its costs.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>CostSection</name>
    <message>
      <location filename="../fields/measures.py" line="366" />
      <source>“%1” is not an amount. Write it like 1 500 000 or −250 000.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/measures.py" line="368" />
      <source>Investment</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/measures.py" line="368" />
      <source>kr</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/measures.py" line="371" />
      <source>Annual operating cost</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/measures.py" line="371" />
      <source>kr per year (negative = saving)</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>GhgField</name>
    <message>
      <location filename="../fields/measures.py" line="344" />
      <source>Add a measure in the step Alternatives to give its climate effect.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>GhgSection</name>
    <message>
      <location filename="../fields/measures.py" line="264" />
      <source>Change in emissions</source>
      <extracomment>The attribute of Alternative this field fills in ("ghg" or "cost").</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/measures.py" line="264" />
      <source>t CO2e per year (negative = cut)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/measures.py" line="266" />
      <source>“%1” is not a number. Write it like −850, 1 234,5 or 1234.5.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/measures.py" line="267" />
      <location filename="../fields/measures.py" line="269" />
      <source>Cannot be quantified</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/measures.py" line="272" />
      <source>Why not? It goes on the list of effects that cannot be quantified.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/measures.py" line="273" />
      <source>Reason</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/measures.py" line="275" />
      <source>Applies from year</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/measures.py" line="276" />
      <source>Write the year with four digits, for example 2027.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/measures.py" line="280" />
      <source>Direct: inside the municipality</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/measures.py" line="281" />
      <source>Indirect: outside the municipality</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/measures.py" line="282" />
      <source>Scope</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/measures.py" line="286" />
      <source>How the figure was found: model, source, assumptions.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/measures.py" line="288" />
      <source>Method</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>GuideWindow</name>
    <message>
      <location filename="../guide.py" line="24" />
      <source>ImpactApp – user guide</source>
      <translation>ImpactApp – brukerveiledning</translation>
    </message>
    <message>
      <location filename="../guide.py" line="29" />
      <source>User guide</source>
      <translation>Brukerveiledning</translation>
    </message>
  </context>
  <context>
    <name>HelpPanel</name>
    <message>
      <location filename="../wizard/help_panel.py" line="25" />
      <source>Guidance</source>
      <translation>Veiledning</translation>
    </message>
    <message>
      <source>Guiding questions</source>
      <translation>Spørsmål</translation>
    </message>
    <message>
      <source>SDG targets</source>
      <translation>Bærekraftsmål</translation>
    </message>
    <message>
      <source>Read more in the user guide</source>
      <translation>Les mer i brukerveiledningen</translation>
    </message>
  </context>
  <context>
    <name>Labels</name>
    <message>
      <location filename="../labels.py" line="13" />
      <source>Draft</source>
      <translation>Utkast</translation>
    </message>
    <message>
      <location filename="../labels.py" line="14" />
      <source>In review</source>
      <translation>Til godkjenning</translation>
    </message>
    <message>
      <location filename="../labels.py" line="15" />
      <source>Approved</source>
      <translation>Godkjent</translation>
    </message>
    <message>
      <location filename="../labels.py" line="16" />
      <source>Decided</source>
      <translation>Vedtatt</translation>
    </message>
    <message>
      <location filename="../labels.py" line="23" />
      <source>Minimum</source>
      <translation>Minimum</translation>
    </message>
    <message>
      <location filename="../labels.py" line="24" />
      <source>Simplified</source>
      <translation>Forenklet</translation>
    </message>
    <message>
      <location filename="../labels.py" line="25" />
      <source>Full</source>
      <translation>Full</translation>
    </message>
    <message>
      <location filename="../labels.py" line="42" />
      <source>today %1</source>
      <translation>i dag %1</translation>
    </message>
    <message>
      <location filename="../labels.py" line="44" />
      <source>yesterday %1</source>
      <translation>i går %1</translation>
    </message>
  </context>
  <context>
    <name>MainMenus</name>
    <message>
      <location filename="../main_menus.py" line="30" />
      <source>&amp;File</source>
      <translation>&amp;Fil</translation>
    </message>
    <message>
      <location filename="../main_menus.py" line="31" />
      <source>&amp;New case</source>
      <translation>&amp;Ny sak</translation>
    </message>
    <message>
      <location filename="../main_menus.py" line="33" />
      <source>&amp;Open case</source>
      <translation>&amp;Åpne sak</translation>
    </message>
    <message>
      <location filename="../main_menus.py" line="35" />
      <source>&amp;Recent cases</source>
      <translation>Nylig &amp;brukte saker</translation>
    </message>
    <message>
      <location filename="../main_menus.py" line="38" />
      <source>&amp;Import case file…</source>
      <translation>&amp;Importer saksfil …</translation>
    </message>
    <message>
      <location filename="../main_menus.py" line="40" />
      <source>&amp;Export case file…</source>
      <translation>&amp;Eksporter saksfil …</translation>
    </message>
    <message>
      <location filename="../main_menus.py" line="43" />
      <source>&amp;Settings…</source>
      <translation>&amp;Innstillinger …</translation>
    </message>
    <message>
      <location filename="../main_menus.py" line="45" />
      <source>&amp;Quit</source>
      <translation>&amp;Avslutt</translation>
    </message>
    <message>
      <location filename="../main_menus.py" line="48" />
      <source>&amp;Edit</source>
      <translation>&amp;Rediger</translation>
    </message>
    <message>
      <location filename="../main_menus.py" line="49" />
      <source>&amp;Search cases</source>
      <translation>&amp;Søk i saker</translation>
    </message>
    <message>
      <location filename="../main_menus.py" line="51" />
      <source>&amp;Duplicate case</source>
      <translation>&amp;Dupliser sak</translation>
    </message>
    <message>
      <location filename="../main_menus.py" line="53" />
      <source>Move to &amp;bin</source>
      <translation>Flytt til &amp;papirkurven</translation>
    </message>
    <message>
      <location filename="../main_menus.py" line="55" />
      <source>&amp;Restore from bin</source>
      <translation>&amp;Gjenopprett fra papirkurven</translation>
    </message>
    <message>
      <location filename="../main_menus.py" line="57" />
      <source>&amp;Erase for good…</source>
      <translation>&amp;Slett for godt …</translation>
    </message>
    <message>
      <location filename="../main_menus.py" line="60" />
      <source>&amp;View</source>
      <translation>&amp;Vis</translation>
    </message>
    <message>
      <location filename="../main_menus.py" line="61" />
      <source>&amp;Cases</source>
      <translation>&amp;Saker</translation>
    </message>
    <message>
      <location filename="../main_menus.py" line="63" />
      <source>&amp;Bin</source>
      <translation>&amp;Papirkurv</translation>
    </message>
    <message>
      <location filename="../main_menus.py" line="66" />
      <source>&amp;Refresh</source>
      <translation>&amp;Oppdater</translation>
    </message>
    <message>
      <location filename="../main_menus.py" line="68" />
      <source>&amp;Language</source>
      <translation>&amp;Språk</translation>
    </message>
    <message>
      <location filename="../main_menus.py" line="76" />
      <source>&amp;Help</source>
      <translation>&amp;Hjelp</translation>
    </message>
    <message>
      <location filename="../main_menus.py" line="77" />
      <source>&amp;User guide</source>
      <translation>&amp;Brukerveiledning</translation>
    </message>
    <message>
      <location filename="../main_menus.py" line="79" />
      <source>&amp;About ImpactApp</source>
      <translation>&amp;Om ImpactApp</translation>
    </message>
    <message>
      <location filename="../main_menus.py" line="116" />
      <source>(none)</source>
      <translation>(ingen)</translation>
    </message>
    <message>
      <location filename="../main_menus.py" line="121" />
      <source>About ImpactApp</source>
      <translation>Om ImpactApp</translation>
    </message>
    <message>
      <location filename="../main_menus.py" line="123" />
      <source>ImpactApp %1

Environmental and distributional impact assessment of municipal decisions, tied to the UN Sustainable Development Goals.

Data sources: SDG goal and target texts © United Nations (English); Norwegian target texts from the Norwegian government and FN-sambandet as collected by SDGforskning (CC BY 4.0), the rest translated by the ImpactApp project (unofficial); goal colours from the UN SDG guidelines; region codes from Statistics Norway (SSB); indicator sources SSB, Oslo kommune, FHI and Miljødirektoratet. Details in criteria/SOURCES.md.

Fonts: DejaVu (Bitstream Vera licence).</source>
      <translation>ImpactApp %1

Vurdering av miljø- og fordelingskonsekvenser av kommunale beslutninger, knyttet til FNs bærekraftsmål.

Datakilder: tekstene til bærekraftsmålene og delmålene © De forente nasjoner (engelsk); norske delmålstekster fra regjeringen og FN-sambandet slik SDGforskning har samlet dem (CC BY 4.0), resten oversatt av ImpactApp-prosjektet (uoffisielt); målfargene fra FNs retningslinjer; regionkoder fra Statistisk sentralbyrå (SSB); indikatorkilder SSB, Oslo kommune, FHI og Miljødirektoratet. Detaljer i criteria/SOURCES.md.

Skrift: DejaVu (Bitstream Vera-lisens).</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../main_window.py" line="84" />
      <source>Search cases …</source>
      <translation>Søk i saker …</translation>
    </message>
    <message>
      <location filename="../main_window.py" line="86" />
      <source>Search cases</source>
      <translation>Søk i saker</translation>
    </message>
    <message>
      <location filename="../main_window.py" line="75" />
      <location filename="../main_window.py" line="98" />
      <source>Cases</source>
      <translation>Saker</translation>
    </message>
    <message>
      <location filename="../main_window.py" line="74" />
      <source>Views</source>
      <translation>Visninger</translation>
    </message>
    <message>
      <location filename="../main_window.py" line="75" />
      <source>Bin</source>
      <translation>Papirkurv</translation>
    </message>
    <message>
      <location filename="../main_window.py" line="91" />
      <source>New case</source>
      <translation>Ny sak</translation>
    </message>
    <message>
      <location filename="../main_window.py" line="162" />
      <source>The bin is empty.</source>
      <translation>Papirkurven er tom.</translation>
    </message>
    <message>
      <location filename="../main_window.py" line="164" />
      <source>There are no cases in this database yet.

Start a new case with File → New case (Ctrl+N),
import a case file with File → Import case file … (Ctrl+I),
or from the command line: impactapp-cli case import FILE</source>
      <translation>Det er ingen saker i denne databasen ennå.

Start en ny sak med Fil → Ny sak (Ctrl+N),
importer en saksfil med Fil → Importer saksfil … (Ctrl+I),
eller fra kommandolinjen: impactapp-cli case import FIL</translation>
    </message>
    <message>
      <location filename="../main_window.py" line="174" />
      <source>%1 of %2 shown</source>
      <translation>%1 av %2 vises</translation>
    </message>
    <message numerus="yes">
      <location filename="../main_window.py" line="177" />
      <source>%n case(s)</source>
      <translation>
        <numerusform>%n sak</numerusform>
        <numerusform>%n saker</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../main_window.py" line="178" />
      <source>%n case(s) in the bin</source>
      <translation>
        <numerusform>%n sak i papirkurven</numerusform>
        <numerusform>%n saker i papirkurven</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../main_window.py" line="180" />
      <source>database: %1</source>
      <translation>database: %1</translation>
    </message>
    <message>
      <location filename="../main_window.py" line="226" />
      <source>The change was not saved.</source>
      <translation>Endringen ble ikke lagret.</translation>
    </message>
    <message>
      <location filename="../main_window.py" line="240" />
      <source>Duplicated as a new draft.</source>
      <translation>Kopiert til et nytt utkast.</translation>
    </message>
    <message>
      <location filename="../main_window.py" line="253" />
      <source>Moved to the bin. You can restore it from View → Bin.</source>
      <translation>Flyttet til papirkurven. Du kan gjenopprette den fra Vis → Papirkurv.</translation>
    </message>
    <message>
      <location filename="../main_window.py" line="260" />
      <source>Restored.</source>
      <translation>Gjenopprettet.</translation>
    </message>
    <message>
      <location filename="../main_window.py" line="274" />
      <source>Import case files</source>
      <translation>Importer saksfiler</translation>
    </message>
    <message>
      <location filename="../main_window.py" line="275" />
      <source>Case files (*.yaml *.yml *.json);;All files (*)</source>
      <translation>Saksfiler (*.yaml *.yml *.json);;Alle filer (*)</translation>
    </message>
    <message>
      <location filename="../main_window.py" line="297" />
      <source>Export case file</source>
      <translation>Eksporter saksfil</translation>
    </message>
    <message>
      <location filename="../main_window.py" line="298" />
      <source>Case files (*.yaml *.json)</source>
      <translation>Saksfiler (*.yaml *.json)</translation>
    </message>
    <message>
      <location filename="../main_window.py" line="301" />
      <source>Exported to %1</source>
      <translation>Eksportert til %1</translation>
    </message>
    <message numerus="yes">
      <location filename="../main_window.py" line="287" />
      <source>Imported %n case(s).</source>
      <translation>
        <numerusform>Importerte %n sak.</numerusform>
        <numerusform>Importerte %n saker.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ProfileDialog</name>
    <message>
      <location filename="../profile_dialog.py" line="23" />
      <source>Settings</source>
      <translation>Innstillinger</translation>
    </message>
    <message>
      <location filename="../profile_dialog.py" line="25" />
      <source>Used as the defaults when you start a new case.</source>
      <translation>Brukes som utgangspunkt når du starter en ny sak.</translation>
    </message>
    <message>
      <location filename="../profile_dialog.py" line="32" />
      <source>Your name</source>
      <translation>Navnet ditt</translation>
    </message>
    <message>
      <location filename="../profile_dialog.py" line="33" />
      <source>Unit (etat, bydel or virksomhet)</source>
      <translation>Enhet (etat, bydel eller virksomhet)</translation>
    </message>
    <message>
      <location filename="../profile_dialog.py" line="34" />
      <source>Municipality</source>
      <translation>Kommune</translation>
    </message>
  </context>
  <context>
    <name>RatingGridModel</name>
    <message>
      <location filename="../fields/rating_grid.py" line="198" />
      <source>certainty %1 %2</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>RatingStyle</name>
    <message>
      <location filename="../fields/rating_style.py" line="71" />
      <source>Unknown (knowledge gap)</source>
      <extracomment>ColorBrewer RdBu, 7 classes, from -3 to +3 (UI.md's palette). Certainty as a shape, so it never depends on colour: filled, half, hollow.</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/rating_style.py" line="73" />
      <source>Not relevant</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/rating_style.py" line="79" />
      <source>Low</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/rating_style.py" line="80" />
      <source>Medium</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/rating_style.py" line="81" />
      <source>High</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/rating_style.py" line="89" />
      <source>Not rated</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>StatusActions</name>
    <message>
      <location filename="../wizard/status_actions.py" line="32" />
      <source>&amp;Case</source>
      <translation>&amp;Sak</translation>
    </message>
    <message>
      <location filename="../wizard/status_actions.py" line="33" />
      <source>Send to &amp;review</source>
      <translation>Send til &amp;godkjenning</translation>
    </message>
    <message>
      <location filename="../wizard/status_actions.py" line="34" />
      <source>Send back to &amp;draft</source>
      <translation>Send tilbake til &amp;utkast</translation>
    </message>
    <message>
      <location filename="../wizard/status_actions.py" line="35" />
      <source>&amp;Approve</source>
      <translation>&amp;Godkjenn</translation>
    </message>
    <message>
      <location filename="../wizard/status_actions.py" line="36" />
      <source>Mark as &amp;decided</source>
      <translation>Merk som &amp;vedtatt</translation>
    </message>
    <message>
      <location filename="../wizard/status_actions.py" line="38" />
      <source>Start a &amp;new revision</source>
      <translation>Start en &amp;ny revisjon</translation>
    </message>
    <message>
      <location filename="../wizard/status_actions.py" line="41" />
      <source>Earlier &amp;revisions</source>
      <translation>Tidligere &amp;revisjoner</translation>
    </message>
    <message>
      <location filename="../wizard/status_actions.py" line="74" />
      <source>Not yet</source>
      <translation>Ikke ennå</translation>
    </message>
    <message>
      <location filename="../wizard/status_actions.py" line="75" />
      <source>The case cannot change status yet:</source>
      <translation>Saken kan ikke endre status ennå:</translation>
    </message>
    <message>
      <location filename="../wizard/status_actions.py" line="120" />
      <source>Revision %1, approved %2 by %3</source>
      <translation>Revisjon %1, godkjent %2 av %3</translation>
    </message>
    <message>
      <location filename="../wizard/status_actions.py" line="127" />
      <source>(none yet)</source>
      <translation>(ingen ennå)</translation>
    </message>
  </context>
  <context>
    <name>TargetPickerDialog</name>
    <message>
      <location filename="../fields/target_picker.py" line="116" />
      <source>Add a target – %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/target_picker.py" line="120" />
      <source>Number or words, e.g. 11.6, luft or air</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/target_picker.py" line="121" />
      <source>Search targets</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/target_picker.py" line="124" />
      <source>&amp;Search</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/target_picker.py" line="129" />
      <source>Target</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/target_picker.py" line="129" />
      <source>Text</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/target_picker.py" line="130" />
      <source>Local relevance</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/target_picker.py" line="134" />
      <source>Targets</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../fields/target_picker.py" line="141" />
      <source>Show all %n targets</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <location filename="../fields/target_picker.py" line="154" />
      <source>Contribution:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/target_picker.py" line="155" />
      <source>▲ &amp;Positive</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/target_picker.py" line="155" />
      <source>▼ &amp;Negative</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/target_picker.py" line="156" />
      <source>◆ &amp;Mixed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/target_picker.py" line="167" />
      <source>Add target</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/target_picker.py" line="169" />
      <source>Cancel</source>
      <translation type="unfinished">Avbryt</translation>
    </message>
    <message>
      <location filename="../fields/target_picker.py" line="222" />
      <source>high</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/target_picker.py" line="222" />
      <source>some</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/target_picker.py" line="223" />
      <source>low</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/target_picker.py" line="235" />
      <source>(already added)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/target_picker.py" line="250" />
      <source>Showing %1 of %2</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/target_picker.py" line="256" />
      <source>No target matches.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/target_picker.py" line="263" />
      <source>(unofficial translation)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/target_picker.py" line="267" />
      <source>Target %1 · Goal %2 %3</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/target_picker.py" line="270" />
      <source>Local relevance: %1 – %2</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/target_picker.py" line="274" />
      <source>Linked criteria: %1</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>QPlatformTheme</name>
    <message>
      <source>OK</source>
      <translation>OK</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Lagre</translation>
    </message>
    <message>
      <source>Save All</source>
      <translation>Lagre alle</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Åpne</translation>
    </message>
    <message>
      <source>&amp;Yes</source>
      <translation>&amp;Ja</translation>
    </message>
    <message>
      <source>Yes to &amp;All</source>
      <translation>Ja til &amp;alle</translation>
    </message>
    <message>
      <source>&amp;No</source>
      <translation>&amp;Nei</translation>
    </message>
    <message>
      <source>N&amp;o to All</source>
      <translation>N&amp;ei til alle</translation>
    </message>
    <message>
      <source>Abort</source>
      <translation>Avbryt</translation>
    </message>
    <message>
      <source>Retry</source>
      <translation>Prøv igjen</translation>
    </message>
    <message>
      <source>Ignore</source>
      <translation>Ignorer</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Lukk</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Avbryt</translation>
    </message>
    <message>
      <source>Discard</source>
      <translation>Forkast</translation>
    </message>
    <message>
      <source>Help</source>
      <translation>Hjelp</translation>
    </message>
    <message>
      <source>Apply</source>
      <translation>Bruk</translation>
    </message>
    <message>
      <source>Reset</source>
      <translation>Tilbakestill</translation>
    </message>
    <message>
      <source>Restore Defaults</source>
      <translation>Gjenopprett standard</translation>
    </message>
    <message>
      <source>Don't Save</source>
      <translation>Ikke lagre</translation>
    </message>
    <message>
      <source>Close without Saving</source>
      <translation>Lukk uten å lagre</translation>
    </message>
  </context>
  <context>
    <name>QMessageBox</name>
    <message>
      <source>Show Details...</source>
      <translation>Vis detaljer …</translation>
    </message>
    <message>
      <source>Hide Details...</source>
      <translation>Skjul detaljer …</translation>
    </message>
    <message>
      <source>OK</source>
      <translation>OK</translation>
    </message>
    <message>
      <source>About Qt</source>
      <translation>Om Qt</translation>
    </message>
  </context>
  <context>
    <name>QWizard</name>
    <message>
      <source>&lt; &amp;Back</source>
      <translation>&lt; &amp;Tilbake</translation>
    </message>
    <message>
      <source>&amp;Next &gt;</source>
      <translation>&amp;Neste &gt;</translation>
    </message>
    <message>
      <source>&amp;Finish</source>
      <translation>&amp;Fullfør</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Avbryt</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>&amp;Hjelp</translation>
    </message>
    <message>
      <source>Go Back</source>
      <translation>Gå tilbake</translation>
    </message>
    <message>
      <source>Continue</source>
      <translation>Fortsett</translation>
    </message>
    <message>
      <source>Commit</source>
      <translation>Send inn</translation>
    </message>
    <message>
      <source>Done</source>
      <translation>Ferdig</translation>
    </message>
    <message>
      <source>Back</source>
      <translation>Tilbake</translation>
    </message>
    <message>
      <source>Next</source>
      <translation>Neste</translation>
    </message>
    <message>
      <source>Finish</source>
      <translation>Fullfør</translation>
    </message>
    <message>
      <source>Help</source>
      <translation>Hjelp</translation>
    </message>
  </context>
  <context>
    <name>QLineEdit</name>
    <message>
      <source>&amp;Undo</source>
      <translation>&amp;Angre</translation>
    </message>
    <message>
      <source>&amp;Redo</source>
      <translation>&amp;Gjør om</translation>
    </message>
    <message>
      <source>Cu&amp;t</source>
      <translation>Klipp &amp;ut</translation>
    </message>
    <message>
      <source>&amp;Copy</source>
      <translation>&amp;Kopier</translation>
    </message>
    <message>
      <source>&amp;Paste</source>
      <translation>&amp;Lim inn</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Slett</translation>
    </message>
    <message>
      <source>Select All</source>
      <translation>Merk alt</translation>
    </message>
  </context>
  <context>
    <name>QWidgetTextControl</name>
    <message>
      <source>&amp;Undo</source>
      <translation>&amp;Angre</translation>
    </message>
    <message>
      <source>&amp;Redo</source>
      <translation>&amp;Gjør om</translation>
    </message>
    <message>
      <source>Cu&amp;t</source>
      <translation>Klipp &amp;ut</translation>
    </message>
    <message>
      <source>&amp;Copy</source>
      <translation>&amp;Kopier</translation>
    </message>
    <message>
      <source>&amp;Paste</source>
      <translation>&amp;Lim inn</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Slett</translation>
    </message>
    <message>
      <source>Select All</source>
      <translation>Merk alt</translation>
    </message>
    <message>
      <source>Copy &amp;Link Location</source>
      <translation>Kopier &amp;lenkeadresse</translation>
    </message>
  </context>
  <context>
    <name>QFileDialog</name>
    <message>
      <source>Look in:</source>
      <translation>Se i:</translation>
    </message>
    <message>
      <source>File &amp;name:</source>
      <translation>Fil&amp;navn:</translation>
    </message>
    <message>
      <source>Files of type:</source>
      <translation>Filtype:</translation>
    </message>
    <message>
      <source>&amp;Open</source>
      <translation>&amp;Åpne</translation>
    </message>
    <message>
      <source>&amp;Save</source>
      <translation>&amp;Lagre</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Avbryt</translation>
    </message>
  </context>
</TS>