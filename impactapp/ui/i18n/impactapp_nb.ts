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
    <name>Labels</name>
    <message>
      <source>Draft</source>
      <translation>Utkast</translation>
    </message>
    <message>
      <source>In review</source>
      <translation>Til godkjenning</translation>
    </message>
    <message>
      <source>Approved</source>
      <translation>Godkjent</translation>
    </message>
    <message>
      <source>Decided</source>
      <translation>Vedtatt</translation>
    </message>
    <message>
      <source>Minimum</source>
      <translation>Minimum</translation>
    </message>
    <message>
      <source>Simplified</source>
      <translation>Forenklet</translation>
    </message>
    <message>
      <source>Full</source>
      <translation>Full</translation>
    </message>
    <message>
      <source>today %1</source>
      <translation>i dag %1</translation>
    </message>
    <message>
      <source>yesterday %1</source>
      <translation>i går %1</translation>
    </message>
  </context>
  <context>
    <name>CaseListModel</name>
    <message>
      <source>Title</source>
      <translation>Tittel</translation>
    </message>
    <message>
      <source>Case no.</source>
      <translation>Saksnr.</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>Enhet</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>Depth</source>
      <translation>Utredningsnivå</translation>
    </message>
    <message>
      <source>Last changed</source>
      <translation>Endret</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>&amp;File</source>
      <translation>&amp;Fil</translation>
    </message>
    <message>
      <source>&amp;Import case file…</source>
      <translation>&amp;Importer saksfil …</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>&amp;Avslutt</translation>
    </message>
    <message>
      <source>&amp;Edit</source>
      <translation>&amp;Rediger</translation>
    </message>
    <message>
      <source>&amp;Search cases</source>
      <translation>&amp;Søk i saker</translation>
    </message>
    <message>
      <source>&amp;View</source>
      <translation>&amp;Vis</translation>
    </message>
    <message>
      <source>&amp;Refresh</source>
      <translation>&amp;Oppdater</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>&amp;Hjelp</translation>
    </message>
    <message>
      <source>&amp;About ImpactApp</source>
      <translation>&amp;Om ImpactApp</translation>
    </message>
    <message>
      <source>Search cases …</source>
      <translation>Søk i saker …</translation>
    </message>
    <message>
      <source>Search cases</source>
      <translation>Søk i saker</translation>
    </message>
    <message>
      <source>Cases</source>
      <translation>Saker</translation>
    </message>
    <message>
      <source>There are no cases in this database yet.

Import a case file with File → Import case file … (Ctrl+I),
or from the command line: impactapp-cli case import FILE</source>
      <translation>Det er ingen saker i denne databasen ennå.

Importer en saksfil med Fil → Importer saksfil … (Ctrl+I),
eller fra kommandolinjen: impactapp-cli case import FIL</translation>
    </message>
    <message>
      <source>%1 of %2 shown</source>
      <translation>%1 av %2 vises</translation>
    </message>
    <message numerus="yes">
      <source>%n case(s)</source>
      <translation>
        <numerusform>%n sak</numerusform>
        <numerusform>%n saker</numerusform>
      </translation>
    </message>
    <message>
      <source>database: %1</source>
      <translation>database: %1</translation>
    </message>
    <message>
      <source>Import case files</source>
      <translation>Importer saksfiler</translation>
    </message>
    <message>
      <source>Case files (*.yaml *.yml *.json);;All files (*)</source>
      <translation>Saksfiler (*.yaml *.yml *.json);;Alle filer (*)</translation>
    </message>
    <message numerus="yes">
      <source>Nothing was imported: the files have %n problem(s).</source>
      <translation>
        <numerusform>Ingenting ble importert: filene har %n feil.</numerusform>
        <numerusform>Ingenting ble importert: filene har %n feil.</numerusform>
      </translation>
    </message>
    <message>
      <source>The import could not be saved.</source>
      <translation>Importen kunne ikke lagres.</translation>
    </message>
    <message numerus="yes">
      <source>Imported %n case(s).</source>
      <translation>
        <numerusform>Importerte %n sak.</numerusform>
        <numerusform>Importerte %n saker.</numerusform>
      </translation>
    </message>
    <message>
      <source>Import</source>
      <translation>Import</translation>
    </message>
    <message>
      <source>About ImpactApp</source>
      <translation>Om ImpactApp</translation>
    </message>
    <message>
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