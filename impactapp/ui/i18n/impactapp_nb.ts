<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="nb_NO" sourcelanguage="en">
  <context>
    <name>App</name>
    <message>
      <location filename="../../app.py" line="51" />
      <source>The criteria catalog is invalid, so ImpactApp cannot start.</source>
      <translation>Kriteriekatalogen er ugyldig, så ImpactApp kan ikke starte.</translation>
    </message>
    <message>
      <location filename="../../app.py" line="58" />
      <source>The database cannot be opened.</source>
      <translation>Databasen kan ikke åpnes.</translation>
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
    <name>MainWindow</name>
    <message>
      <location filename="../main_window.py" line="57" />
      <source>&amp;File</source>
      <translation>&amp;Fil</translation>
    </message>
    <message>
      <location filename="../main_window.py" line="58" />
      <source>&amp;Import case file…</source>
      <translation>&amp;Importer saksfil …</translation>
    </message>
    <message>
      <location filename="../main_window.py" line="63" />
      <source>&amp;Quit</source>
      <translation>&amp;Avslutt</translation>
    </message>
    <message>
      <location filename="../main_window.py" line="68" />
      <source>&amp;Edit</source>
      <translation>&amp;Rediger</translation>
    </message>
    <message>
      <location filename="../main_window.py" line="69" />
      <source>&amp;Search cases</source>
      <translation>&amp;Søk i saker</translation>
    </message>
    <message>
      <location filename="../main_window.py" line="74" />
      <source>&amp;View</source>
      <translation>&amp;Vis</translation>
    </message>
    <message>
      <location filename="../main_window.py" line="75" />
      <source>&amp;Refresh</source>
      <translation>&amp;Oppdater</translation>
    </message>
    <message>
      <location filename="../main_window.py" line="80" />
      <source>&amp;Help</source>
      <translation>&amp;Hjelp</translation>
    </message>
    <message>
      <location filename="../main_window.py" line="81" />
      <source>&amp;About ImpactApp</source>
      <translation>&amp;Om ImpactApp</translation>
    </message>
    <message>
      <location filename="../main_window.py" line="91" />
      <source>Search cases …</source>
      <translation>Søk i saker …</translation>
    </message>
    <message>
      <location filename="../main_window.py" line="93" />
      <source>Search cases</source>
      <translation>Søk i saker</translation>
    </message>
    <message>
      <location filename="../main_window.py" line="102" />
      <source>Cases</source>
      <translation>Saker</translation>
    </message>
    <message>
      <location filename="../main_window.py" line="125" />
      <source>There are no cases in this database yet.

Import a case file with File → Import case file … (Ctrl+I),
or from the command line: impactapp-cli case import FILE</source>
      <translation>Det er ingen saker i denne databasen ennå.

Importer en saksfil med Fil → Importer saksfil … (Ctrl+I),
eller fra kommandolinjen: impactapp-cli case import FIL</translation>
    </message>
    <message>
      <location filename="../main_window.py" line="153" />
      <source>%1 of %2 shown</source>
      <translation>%1 av %2 vises</translation>
    </message>
    <message numerus="yes">
      <location filename="../main_window.py" line="156" />
      <source>%n case(s)</source>
      <translation>
        <numerusform>%n sak</numerusform>
        <numerusform>%n saker</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../main_window.py" line="158" />
      <source>database: %1</source>
      <translation>database: %1</translation>
    </message>
    <message>
      <location filename="../main_window.py" line="177" />
      <source>Import case files</source>
      <translation>Importer saksfiler</translation>
    </message>
    <message>
      <location filename="../main_window.py" line="179" />
      <source>Case files (*.yaml *.yml *.json);;All files (*)</source>
      <translation>Saksfiler (*.yaml *.yml *.json);;Alle filer (*)</translation>
    </message>
    <message numerus="yes">
      <location filename="../main_window.py" line="196" />
      <source>Nothing was imported: the files have %n problem(s).</source>
      <translation>
        <numerusform>Ingenting ble importert: filene har %n feil.</numerusform>
        <numerusform>Ingenting ble importert: filene har %n feil.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../main_window.py" line="203" />
      <source>The import could not be saved.</source>
      <translation>Importen kunne ikke lagres.</translation>
    </message>
    <message numerus="yes">
      <location filename="../main_window.py" line="206" />
      <source>Imported %n case(s).</source>
      <translation>
        <numerusform>Importerte %n sak.</numerusform>
        <numerusform>Importerte %n saker.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../main_window.py" line="210" />
      <source>Import</source>
      <translation>Import</translation>
    </message>
    <message>
      <location filename="../main_window.py" line="218" />
      <source>About ImpactApp</source>
      <translation>Om ImpactApp</translation>
    </message>
    <message>
      <location filename="../main_window.py" line="220" />
      <source>ImpactApp %1

Environmental and distributional impact assessment of municipal decisions, tied to the UN Sustainable Development Goals.

SDG texts: United Nations. See criteria/SOURCES.md for all data sources.</source>
      <translation>ImpactApp %1

Vurdering av miljø- og fordelingskonsekvenser av kommunale beslutninger, knyttet til FNs bærekraftsmål.

Tekster om bærekraftsmålene: De forente nasjoner. Se criteria/SOURCES.md for alle datakilder.</translation>
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