<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="nb_NO" sourcelanguage="en">
  <context>
    <name>AboutDialog</name>
    <message>
      <location filename="../about.py" line="80" />
      <source>About ImpactApp</source>
      <extracomment>What a bundle ships besides our own code; the Python packages keep their licence files in the bundle's ``*.dist-info`` folders.</extracomment>
      <translation>Om ImpactApp</translation>
    </message>
    <message>
      <location filename="../about.py" line="88" />
      <source>Environmental and distributional impact assessment of municipal decisions, tied to the UN Sustainable Development Goals.</source>
      <translation>Vurdering av miljø- og fordelingskonsekvenser av kommunale beslutninger, knyttet til FNs bærekraftsmål.</translation>
    </message>
    <message>
      <location filename="../about.py" line="96" />
      <source>Program</source>
      <translation>Program</translation>
    </message>
    <message>
      <location filename="../about.py" line="97" />
      <source>Data sources</source>
      <translation>Datakilder</translation>
    </message>
    <message>
      <location filename="../about.py" line="98" />
      <source>Licences</source>
      <translation>Lisenser</translation>
    </message>
    <message>
      <location filename="../about.py" line="162" />
      <source>the municipality's own, from %1</source>
      <translation>kommunens egen, fra %1</translation>
    </message>
    <message>
      <location filename="../about.py" line="165" />
      <source>as shipped with the program</source>
      <translation>slik den følger med programmet</translation>
    </message>
    <message>
      <location filename="../about.py" line="167" />
      <source>Version</source>
      <translation>Versjon</translation>
    </message>
    <message>
      <location filename="../about.py" line="168" />
      <source>Criteria catalog</source>
      <translation>Kriteriekatalog</translation>
    </message>
    <message>
      <location filename="../about.py" line="169" />
      <source>Database</source>
      <translation>Database</translation>
    </message>
    <message>
      <location filename="../about.py" line="170" />
      <source>Settings</source>
      <translation>Innstillinger</translation>
    </message>
    <message>
      <location filename="../about.py" line="171" />
      <source>Configuration directory</source>
      <translation>Konfigurasjonsmappe</translation>
    </message>
    <message>
      <location filename="../about.py" line="172" />
      <source>none</source>
      <translation>ingen</translation>
    </message>
    <message>
      <location filename="../about.py" line="179" />
      <source>Terms:</source>
      <translation>Vilkår:</translation>
    </message>
    <message>
      <location filename="../about.py" line="187" />
      <source>The catalog (criteria, SDG texts, regions, indicator set) uses these sources. Details: criteria/SOURCES.md in the program's source.</source>
      <translation>Katalogen (kriterier, tekstene til bærekraftsmålene, regioner, indikatorsett) bygger på disse kildene. Detaljer: criteria/SOURCES.md i programmets kildekode.</translation>
    </message>
    <message>
      <location filename="../about.py" line="197" />
      <source>Licence of the fonts embedded in every memo</source>
      <translation>Lisensen til skriftene som bygges inn i hvert notat</translation>
    </message>
    <message>
      <location filename="../about.py" line="198" />
      <source>The font licence file is missing from this installation.</source>
      <translation>Lisensfilen for skriftene mangler i denne installasjonen.</translation>
    </message>
    <message>
      <location filename="../about.py" line="108" />
      <source>facts only</source>
      <translation>bare fakta</translation>
    </message>
    <message>
      <location filename="../about.py" line="110" />
      <source>United Nations</source>
      <translation>De forente nasjoner (FN)</translation>
    </message>
    <message>
      <location filename="../about.py" line="111" />
      <source>English texts of the SDG goals and targets</source>
      <translation>Engelske tekster til bærekraftsmålene og delmålene</translation>
    </message>
    <message>
      <location filename="../about.py" line="112" />
      <source>United Nations terms of use</source>
      <translation>FNs bruksvilkår</translation>
    </message>
    <message>
      <location filename="../about.py" line="115" />
      <source>Official Norwegian target texts, as collected from the Norwegian government and FN-sambandet</source>
      <translation>Offisielle norske delmålstekster, slik de er samlet fra regjeringen og FN-sambandet</translation>
    </message>
    <message>
      <location filename="../about.py" line="119" />
      <source>SDG colour values; draft of the Norwegian goal names (checked)</source>
      <translation>Fargeverdiene til bærekraftsmålene; utkast til de norske målnavnene (kontrollert)</translation>
    </message>
    <message>
      <location filename="../about.py" line="121" />
      <source>Statistics Norway (SSB)</source>
      <translation>Statistisk sentralbyrå (SSB)</translation>
    </message>
    <message>
      <location filename="../about.py" line="122" />
      <source>District codes and names (KLASS); indicator tables</source>
      <translation>Bydelskoder og -navn (KLASS); indikatortabeller</translation>
    </message>
    <message>
      <location filename="../about.py" line="123" />
      <source>SSB's licence terms</source>
      <translation>SSBs lisensvilkår</translation>
    </message>
    <message>
      <location filename="../about.py" line="125" />
      <source>Counts of municipal indicators per target (SDG indicator taxonomy), as evidence for local relevance</source>
      <translation>Antall kommuneindikatorer per delmål (KS' indikatortaksonomi for bærekraftsmålene), som grunnlag for lokal relevans</translation>
    </message>
    <message>
      <location filename="../about.py" line="127" />
      <source>facts only; the taxonomy itself is not shipped</source>
      <translation>bare fakta; selve taksonomien følger ikke med</translation>
    </message>
    <message>
      <location filename="../about.py" line="129" />
      <source>Norwegian Institute of Public Health (FHI)</source>
      <translation>Folkehelseinstituttet (FHI)</translation>
    </message>
    <message>
      <location filename="../about.py" line="130" />
      <source>Public health indicator tables</source>
      <translation>Tabeller med folkehelseindikatorer</translation>
    </message>
    <message>
      <location filename="../about.py" line="132" />
      <source>Titles and codes of statistics bank tables</source>
      <translation>Titler og koder for tabeller i statistikkbanken</translation>
    </message>
    <message>
      <location filename="../about.py" line="134" />
      <source>Norwegian Environment Agency (Miljødirektoratet)</source>
      <translation>Miljødirektoratet</translation>
    </message>
    <message>
      <location filename="../about.py" line="135" />
      <source>Municipal greenhouse gas emission accounts</source>
      <translation>Kommunefordelt utslippsregnskap for klimagasser</translation>
    </message>
    <message>
      <location filename="../about.py" line="137" />
      <source>Norwegian Directorate of Elections (Valgdirektoratet)</source>
      <translation>Valgdirektoratet</translation>
    </message>
    <message>
      <location filename="../about.py" line="138" />
      <source>Voter turnout</source>
      <translation>Valgdeltakelse</translation>
    </message>
    <message>
      <location filename="../about.py" line="140" />
      <source>Norwegian texts of the targets that have no official translation (shown as unofficial), the method texts, criteria and the choice of indicators</source>
      <translation>Norske tekster til delmålene som mangler offisiell oversettelse (vist som uoffisielle), metodetekstene, kriteriene og valget av indikatorer</translation>
    </message>
    <message>
      <location filename="../about.py" line="143" />
      <source>the project's own work</source>
      <translation>prosjektets eget arbeid</translation>
    </message>
    <message>
      <location filename="../about.py" line="192" />
      <source>ImpactApp itself: for municipal use. The program ships these components under their own licences (their texts are in the licenses folder of the installed program):</source>
      <translation>ImpactApp selv: for kommunal bruk. Programmet leveres med disse komponentene under deres egne lisenser (lisenstekstene ligger i mappen licenses i det installerte programmet):</translation>
    </message>
  </context>
  <context>
    <name>AlternativeCard</name>
    <message>
      <location filename="../fields/alternatives.py" line="86" />
      <source>Recommended</source>
      <extracomment>Default names are content (they appear in the memo), so they follow the memo's language.</extracomment>
      <translation>Anbefalt</translation>
    </message>
    <message>
      <location filename="../fields/alternatives.py" line="89" />
      <source>↑ Move up</source>
      <translation>↑ Flytt opp</translation>
    </message>
    <message>
      <location filename="../fields/alternatives.py" line="90" />
      <source>↓ Move down</source>
      <translation>↓ Flytt ned</translation>
    </message>
    <message>
      <location filename="../fields/alternatives.py" line="91" />
      <source>Remove …</source>
      <translation>Fjern …</translation>
    </message>
    <message>
      <location filename="../fields/alternatives.py" line="103" />
      <location filename="../fields/alternatives.py" line="157" />
      <source>Name</source>
      <translation>Navn</translation>
    </message>
    <message>
      <location filename="../fields/alternatives.py" line="104" />
      <location filename="../fields/alternatives.py" line="158" />
      <source>Description</source>
      <translation>Beskrivelse</translation>
    </message>
    <message>
      <location filename="../fields/alternatives.py" line="113" />
      <source>Remove</source>
      <translation>Fjern</translation>
    </message>
    <message>
      <location filename="../fields/alternatives.py" line="114" />
      <location filename="../fields/alternatives.py" line="180" />
      <source>Cancel</source>
      <translation>Avbryt</translation>
    </message>
    <message>
      <location filename="../fields/alternatives.py" line="161" />
      <source>Move %1 up</source>
      <translation>Flytt %1 opp</translation>
    </message>
    <message>
      <location filename="../fields/alternatives.py" line="162" />
      <source>Move %1 down</source>
      <translation>Flytt %1 ned</translation>
    </message>
    <message>
      <location filename="../fields/alternatives.py" line="163" />
      <source>Remove %1</source>
      <translation>Fjern %1</translation>
    </message>
    <message>
      <location filename="../fields/alternatives.py" line="170" />
      <source>“%1” is the recommended alternative and cannot be removed. Recommend another alternative first (step Recommendation).</source>
      <translation>«%1» er det anbefalte alternativet og kan ikke fjernes. Anbefal et annet alternativ først (steget Anbefaling).</translation>
    </message>
    <message>
      <location filename="../fields/alternatives.py" line="174" />
      <source>OK</source>
      <translation>OK</translation>
    </message>
    <message>
      <location filename="../fields/alternatives.py" line="177" />
      <source>Remove “%1” with its ratings, climate effect and costs?</source>
      <translation>Fjerne «%1» med vurderinger, klimaeffekt og kostnader?</translation>
    </message>
  </context>
  <context>
    <name>AlternativesField</name>
    <message>
      <location filename="../fields/alternatives.py" line="208" />
      <source>The zero alternative is to continue as today or as already decided. Every measure is assessed against it.</source>
      <translation>Nullalternativet er å fortsette som i dag eller som allerede vedtatt. Hvert tiltak vurderes mot det.</translation>
    </message>
    <message>
      <location filename="../fields/alternatives.py" line="217" />
      <source>+ Add measure</source>
      <translation>+ Legg til tiltak</translation>
    </message>
    <message>
      <location filename="../fields/alternatives.py" line="218" />
      <source>+ Add zero alternative</source>
      <translation>+ Legg til nullalternativ</translation>
    </message>
    <message>
      <location filename="../fields/alternatives.py" line="244" />
      <source>Add zero alternative</source>
      <translation>Legg til nullalternativ</translation>
    </message>
    <message>
      <location filename="../fields/alternatives.py" line="251" />
      <source>Add measure</source>
      <translation>Legg til tiltak</translation>
    </message>
    <message>
      <location filename="../fields/alternatives.py" line="263" />
      <source>Name</source>
      <translation>Navn</translation>
    </message>
    <message>
      <location filename="../fields/alternatives.py" line="263" />
      <source>Description</source>
      <translation>Beskrivelse</translation>
    </message>
    <message>
      <location filename="../fields/alternatives.py" line="278" />
      <source>Move measure</source>
      <translation>Flytt tiltak</translation>
    </message>
    <message>
      <location filename="../fields/alternatives.py" line="294" />
      <source>Remove measure</source>
      <translation>Fjern tiltak</translation>
    </message>
    <message>
      <location filename="../fields/alternatives.py" line="324" />
      <source>Zero alternative</source>
      <translation>Nullalternativ</translation>
    </message>
    <message>
      <location filename="../fields/alternatives.py" line="326" />
      <source>Measure %1</source>
      <translation>Tiltak %1</translation>
    </message>
  </context>
  <context>
    <name>App</name>
    <message>
      <location filename="../../app.py" line="108" />
      <source>Catalog folder: %1</source>
      <extracomment>The desktop entry's name (packaging/linux), so Wayland shells show the right icon.</extracomment>
      <translation>Katalogmappe: %1</translation>
    </message>
    <message>
      <location filename="../../app.py" line="112" />
      <source>The criteria catalog is invalid, so ImpactApp cannot start.</source>
      <translation>Kriteriekatalogen er ugyldig, så ImpactApp kan ikke starte.</translation>
    </message>
    <message>
      <location filename="../../app.py" line="118" />
      <source>The list of municipalities is invalid, so ImpactApp cannot start.</source>
      <translation>Kommunelisten er ugyldig, så ImpactApp kan ikke starte.</translation>
    </message>
  </context>
  <context>
    <name>AppController</name>
    <message>
      <location filename="../controller.py" line="82" />
      <source>Compare</source>
      <extracomment>Makes a case window's saver from (opener, case id, version); tests save synchronously.</extracomment>
      <translation>Sammenlign</translation>
    </message>
    <message>
      <location filename="../controller.py" line="83" />
      <source>Portfolio</source>
      <translation>Portefølje</translation>
    </message>
    <message>
      <location filename="../controller.py" line="84" />
      <source>Indicators</source>
      <translation>Indikatorer</translation>
    </message>
    <message>
      <location filename="../controller.py" line="85" />
      <source>Challenges</source>
      <translation>Utfordringer</translation>
    </message>
    <message>
      <location filename="../controller.py" line="86" />
      <source>Plans</source>
      <translation>Planer</translation>
    </message>
    <message>
      <location filename="../controller.py" line="88" />
      <source>Follow-up</source>
      <translation>Til oppfølging</translation>
    </message>
    <message>
      <location filename="../controller.py" line="89" />
      <source>Budget</source>
      <translation>Budsjett</translation>
    </message>
    <message>
      <location filename="../controller.py" line="247" />
      <source>revision %1</source>
      <translation>revisjon %1</translation>
    </message>
    <message>
      <location filename="../controller.py" line="294" />
      <source>Every status change records who made it, and your profile has no name yet. Enter your name and unit first.</source>
      <translation>Hver statusendring registrerer hvem som gjorde den, og profilen din har ikke navn ennå. Oppgi navnet ditt og enheten din først.</translation>
    </message>
    <message>
      <location filename="../controller.py" line="318" />
      <source>All the example cases are already loaded.</source>
      <translation>Alle eksempelsakene er allerede lastet inn.</translation>
    </message>
    <message numerus="yes">
      <location filename="../controller.py" line="323" />
      <source>%n example case(s) loaded.</source>
      <translation>
        <numerusform>%n eksempelsak lastet inn.</numerusform>
        <numerusform>%n eksempelsaker lastet inn.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../controller.py" line="350" />
      <source>The database is empty. Load %n example case(s) to look around and learn the method? You can delete them later.</source>
      <translation>
        <numerusform>Databasen er tom. Vil du laste inn %n eksempelsak for å se deg om og lære metoden? Du kan slette den senere.</numerusform>
        <numerusform>Databasen er tom. Vil du laste inn %n eksempelsaker for å se deg om og lære metoden? Du kan slette dem senere.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ArchiveActions</name>
    <message>
      <location filename="../wizard/archive_actions.py" line="58" />
      <source>Export to &amp;archive…</source>
      <translation>Eksporter til &amp;arkiv …</translation>
    </message>
    <message>
      <location filename="../wizard/archive_actions.py" line="64" />
      <source>Choose the folder the archive imports from</source>
      <translation>Velg mappen arkivet henter fra</translation>
    </message>
    <message>
      <location filename="../wizard/archive_actions.py" line="73" />
      <location filename="../wizard/archive_actions.py" line="94" />
      <location filename="../wizard/archive_actions.py" line="112" />
      <source>Export to archive</source>
      <translation>Eksporter til arkiv</translation>
    </message>
    <message>
      <location filename="../wizard/archive_actions.py" line="74" />
      <source>The archive settings are invalid; fix these problems first:
%1</source>
      <translation>Arkivinnstillingene er ugyldige; rett disse feilene først:
%1</translation>
    </message>
    <message>
      <location filename="../wizard/archive_actions.py" line="84" />
      <source>The folder %1 already holds the filing of another revision (%2).</source>
      <translation>Mappen %1 inneholder allerede arkiveringen av en annen revisjon (%2).</translation>
    </message>
    <message>
      <location filename="../wizard/archive_actions.py" line="87" />
      <source>The folder %1 already holds files that are not this revision's filing.</source>
      <translation>Mappen %1 inneholder allerede filer som ikke hører til denne revisjonens arkivering.</translation>
    </message>
    <message>
      <location filename="../wizard/archive_actions.py" line="90" />
      <source>Replace the filing?</source>
      <translation>Erstatte arkiveringen?</translation>
    </message>
    <message>
      <location filename="../wizard/archive_actions.py" line="91" />
      <source>Replace them with this revision?</source>
      <translation>Vil du erstatte dem med denne revisjonen?</translation>
    </message>
    <message>
      <location filename="../wizard/archive_actions.py" line="95" />
      <source>The folder cannot be read: %1</source>
      <translation>Mappen kan ikke leses: %1</translation>
    </message>
    <message>
      <location filename="../wizard/archive_actions.py" line="122" />
      <source>Making the memo for the archive …</source>
      <translation>Lager notatet for arkivet …</translation>
    </message>
  </context>
  <context>
    <name>AssessmentEditor</name>
    <message>
      <location filename="../fields/assessment_editor.py" line="50" />
      <source>Choose a cell in the table to rate it; its justification is written here.</source>
      <translation>Velg en celle i tabellen for å vurdere den; begrunnelsen skriver du her.</translation>
    </message>
    <message>
      <location filename="../fields/assessment_editor.py" line="64" />
      <source>Direct</source>
      <translation>Direkte</translation>
    </message>
    <message>
      <location filename="../fields/assessment_editor.py" line="64" />
      <source>Indirect</source>
      <translation>Indirekte</translation>
    </message>
    <message>
      <location filename="../fields/assessment_editor.py" line="65" />
      <source>Short (under 5 years)</source>
      <translation>Kort (under 5 år)</translation>
    </message>
    <message>
      <location filename="../fields/assessment_editor.py" line="65" />
      <source>Long (5 years or more)</source>
      <translation>Lang (5 år eller mer)</translation>
    </message>
    <message>
      <location filename="../fields/assessment_editor.py" line="67" />
      <source>Certainty</source>
      <translation>Sikkerhet</translation>
    </message>
    <message>
      <location filename="../fields/assessment_editor.py" line="68" />
      <source>Effect</source>
      <translation>Virkning</translation>
    </message>
    <message>
      <location filename="../fields/assessment_editor.py" line="69" />
      <source>Horizon</source>
      <translation>Tidshorisont</translation>
    </message>
    <message>
      <location filename="../fields/assessment_editor.py" line="75" />
      <source>Mitigation: what reduces or compensates the harm</source>
      <translation>Avbøtende tiltak: hva som reduserer eller kompenserer skaden</translation>
    </message>
    <message>
      <location filename="../fields/assessment_editor.py" line="79" />
      <source>Mitigation</source>
      <translation>Avbøtende tiltak</translation>
    </message>
    <message>
      <location filename="../fields/assessment_editor.py" line="83" />
      <source>The effect in each city district is rated in “Effect per city district” below the table.</source>
      <translation>Virkningen i hver bydel vurderes i «Virkning per bydel» under tabellen.</translation>
    </message>
    <message>
      <location filename="../fields/assessment_editor.py" line="185" />
      <source>Rate the cell first: type a value, or press Enter to choose one.</source>
      <translation>Vurder cellen først: skriv en verdi, eller trykk Enter for å velge en.</translation>
    </message>
    <message>
      <location filename="../fields/assessment_editor.py" line="192" />
      <source>Knowledge gap: what is missing, and how could it be found?</source>
      <translation>Kunnskapshull: hva mangler, og hvordan kan det skaffes?</translation>
    </message>
    <message>
      <location filename="../fields/assessment_editor.py" line="194" />
      <source>Why is the criterion not relevant for this measure?</source>
      <translation>Hvorfor er kriteriet ikke relevant for dette tiltaket?</translation>
    </message>
    <message>
      <location filename="../fields/assessment_editor.py" line="195" />
      <source>Justification</source>
      <translation>Begrunnelse</translation>
    </message>
    <message>
      <location filename="../fields/assessment_editor.py" line="236" />
      <source>Justification of %1</source>
      <translation>Begrunnelse for %1</translation>
    </message>
    <message>
      <location filename="../fields/assessment_editor.py" line="237" />
      <source>Mitigation for %1</source>
      <translation>Avbøtende tiltak for %1</translation>
    </message>
    <message>
      <location filename="../fields/assessment_editor.py" line="238" />
      <source>Certainty of %1</source>
      <translation>Sikkerhet for %1</translation>
    </message>
    <message>
      <location filename="../fields/assessment_editor.py" line="239" />
      <source>Directness of %1</source>
      <translation>Direkte eller indirekte virkning for %1</translation>
    </message>
    <message>
      <location filename="../fields/assessment_editor.py" line="240" />
      <source>Horizon of %1</source>
      <translation>Tidshorisont for %1</translation>
    </message>
  </context>
  <context>
    <name>BackupPicker</name>
    <message>
      <location filename="../backup_picker.py" line="37" />
      <source>daily</source>
      <translation>daglig</translation>
    </message>
    <message>
      <location filename="../backup_picker.py" line="38" />
      <source>before an upgrade</source>
      <translation>før en oppgradering</translation>
    </message>
    <message>
      <location filename="../backup_picker.py" line="39" />
      <source>before a restore</source>
      <translation>før en gjenoppretting</translation>
    </message>
    <message>
      <location filename="../backup_picker.py" line="40" />
      <source>by hand</source>
      <translation>tatt manuelt</translation>
    </message>
    <message>
      <location filename="../backup_picker.py" line="47" />
      <source>The backup has been restored.</source>
      <translation>Sikkerhetskopien er gjenopprettet.</translation>
    </message>
    <message>
      <location filename="../backup_picker.py" line="49" />
      <source>The database it replaced was backed up to %1.</source>
      <translation>Databasen den erstattet, ble sikkerhetskopiert til %1.</translation>
    </message>
    <message>
      <location filename="../backup_picker.py" line="53" />
      <source>The file it replaced could not be used and was kept as %1.</source>
      <translation>Filen den erstattet, kunne ikke brukes og er tatt vare på som %1.</translation>
    </message>
    <message>
      <location filename="../backup_picker.py" line="75" />
      <source>Restore a backup</source>
      <translation>Gjenopprett en sikkerhetskopi</translation>
    </message>
    <message>
      <location filename="../backup_picker.py" line="82" />
      <source>Backups</source>
      <translation>Sikkerhetskopier</translation>
    </message>
    <message>
      <location filename="../backup_picker.py" line="84" />
      <source>Taken</source>
      <translation>Tatt</translation>
    </message>
    <message>
      <location filename="../backup_picker.py" line="84" />
      <source>Why</source>
      <translation>Hvorfor</translation>
    </message>
    <message>
      <location filename="../backup_picker.py" line="84" />
      <source>Cases</source>
      <translation>Saker</translation>
    </message>
    <message>
      <location filename="../backup_picker.py" line="84" />
      <source>File</source>
      <translation>Fil</translation>
    </message>
    <message>
      <location filename="../backup_picker.py" line="99" />
      <source>Backups of %1, newest first. The file there now is kept.</source>
      <translation>Sikkerhetskopier av %1, nyeste først. Filen som ligger der nå, blir tatt vare på.</translation>
    </message>
    <message>
      <location filename="../backup_picker.py" line="104" />
      <source>There is no backup of %1 yet. Choose a backup file instead.</source>
      <translation>Det finnes ingen sikkerhetskopi av %1 ennå. Velg en sikkerhetskopifil i stedet.</translation>
    </message>
    <message>
      <location filename="../backup_picker.py" line="109" />
      <source>&amp;Restore the selected backup</source>
      <translation>&amp;Gjenopprett den valgte sikkerhetskopien</translation>
    </message>
    <message>
      <location filename="../backup_picker.py" line="112" />
      <source>Choose a &amp;file …</source>
      <translation>Velg en &amp;fil …</translation>
    </message>
    <message>
      <location filename="../backup_picker.py" line="143" />
      <source>Choose a backup to restore</source>
      <translation>Velg en sikkerhetskopi å gjenopprette</translation>
    </message>
    <message>
      <location filename="../backup_picker.py" line="144" />
      <source>ImpactApp databases (*.db *.sqlite *.sqlite3);;All files (*)</source>
      <translation>ImpactApp-databaser (*.db *.sqlite *.sqlite3);;Alle filer (*)</translation>
    </message>
  </context>
  <context>
    <name>BarChart</name>
    <message>
      <location filename="../indicators/bar_chart.py" line="49" />
      <source>Bar chart</source>
      <translation>Stolpediagram</translation>
    </message>
    <message>
      <location filename="../indicators/bar_chart.py" line="62" />
      <location filename="../indicators/bar_chart.py" line="86" />
      <source>No figures to show.</source>
      <translation>Ingen tall å vise.</translation>
    </message>
    <message>
      <location filename="../indicators/bar_chart.py" line="133" />
      <source>own municipality</source>
      <translation>egen kommune</translation>
    </message>
    <message>
      <location filename="../indicators/bar_chart.py" line="133" />
      <source>national figure</source>
      <translation>hele landet</translation>
    </message>
    <message>
      <location filename="../indicators/bar_chart.py" line="134" />
      <source>other municipalities</source>
      <translation>andre kommuner</translation>
    </message>
  </context>
  <context>
    <name>BlockerDialog</name>
    <message>
      <location filename="../wizard/blocker_dialog.py" line="35" />
      <source>Not yet</source>
      <translation>Ikke ennå</translation>
    </message>
    <message>
      <location filename="../wizard/blocker_dialog.py" line="38" />
      <source>The case cannot change status yet. Click a line to go to the field:</source>
      <translation>Saken kan ikke endre status ennå. Klikk på en linje for å gå til feltet:</translation>
    </message>
    <message>
      <location filename="../wizard/blocker_dialog.py" line="42" />
      <source>What is missing</source>
      <translation>Hva som mangler</translation>
    </message>
    <message>
      <location filename="../wizard/blocker_dialog.py" line="47" />
      <source>Go to this field</source>
      <translation>Gå til dette feltet</translation>
    </message>
    <message>
      <location filename="../wizard/blocker_dialog.py" line="52" />
      <source>Close</source>
      <translation>Lukk</translation>
    </message>
  </context>
  <context>
    <name>BudgetView</name>
    <message>
      <location filename="../followup/budget_view.py" line="66" />
      <source>Sustainability budget</source>
      <translation>Bærekraftsbudsjett</translation>
    </message>
    <message>
      <location filename="../followup/budget_view.py" line="73" />
      <location filename="../followup/budget_view.py" line="124" />
      <source>Year</source>
      <translation>År</translation>
    </message>
    <message>
      <location filename="../followup/budget_view.py" line="75" />
      <source>Budget year</source>
      <translation>Budsjettår</translation>
    </message>
    <message>
      <location filename="../followup/budget_view.py" line="81" />
      <source>Climate target…</source>
      <translation>Klimamål …</translation>
    </message>
    <message>
      <location filename="../followup/budget_view.py" line="84" />
      <source>Export PDF…</source>
      <translation>Eksporter PDF …</translation>
    </message>
    <message>
      <location filename="../followup/budget_view.py" line="87" />
      <source>Export XLSX…</source>
      <translation>Eksporter XLSX …</translation>
    </message>
    <message>
      <location filename="../followup/budget_view.py" line="96" />
      <source>Total of decided measures</source>
      <translation>Sum vedtatte tiltak</translation>
    </message>
    <message>
      <location filename="../followup/budget_view.py" line="98" />
      <source>Total of the pipeline</source>
      <translation>Sum tiltak under arbeid</translation>
    </message>
    <message>
      <location filename="../followup/budget_view.py" line="109" />
      <source>Measures</source>
      <translation>Tiltak</translation>
    </message>
    <message>
      <location filename="../followup/budget_view.py" line="122" />
      <source>Path toward the climate target</source>
      <translation>Banen mot klimamålet</translation>
    </message>
    <message>
      <location filename="../followup/budget_view.py" line="124" />
      <source>Reference</source>
      <translation>Referanse</translation>
    </message>
    <message>
      <location filename="../followup/budget_view.py" line="124" />
      <source>Decided</source>
      <translation>Vedtatt</translation>
    </message>
    <message>
      <location filename="../followup/budget_view.py" line="125" />
      <source>After decided</source>
      <translation>Etter vedtatte</translation>
    </message>
    <message>
      <location filename="../followup/budget_view.py" line="125" />
      <source>Target path</source>
      <translation>Målbane</translation>
    </message>
    <message>
      <location filename="../followup/budget_view.py" line="125" />
      <source>Gap</source>
      <translation>Gap</translation>
    </message>
    <message>
      <location filename="../followup/budget_view.py" line="126" />
      <source>Pipeline (apart)</source>
      <translation>Under arbeid (for seg)</translation>
    </message>
    <message>
      <location filename="../followup/budget_view.py" line="165" />
      <source>%1 t CO2e per year</source>
      <translation>%1 t CO2e per år</translation>
    </message>
    <message>
      <location filename="../followup/budget_view.py" line="170" />
      <source>No climate target is set.</source>
      <translation>Ingen klimamål er satt.</translation>
    </message>
    <message>
      <location filename="../followup/budget_view.py" line="172" />
      <source>Climate target: %1 % cut by %2 against %3 (%4 t CO2e); the reference path holds the latest known total flat.</source>
      <translation>Klimamål: %1 % kutt innen %2 mot %3 (%4 t CO2e); referansebanen holder siste kjente utslipp flatt.</translation>
    </message>
    <message>
      <location filename="../followup/budget_view.py" line="178" />
      <source>climate.yaml has problems, defaults are used: %1</source>
      <translation>climate.yaml har feil, standardverdier brukes: %1</translation>
    </message>
    <message>
      <location filename="../followup/budget_view.py" line="186" />
      <source>indirect or unstated, not added: %1</source>
      <translation>indirekte eller uten oppgitt omfang, ikke lagt til: %1</translation>
    </message>
    <message>
      <location filename="../followup/budget_view.py" line="193" />
      <source>Decided and approved measures (direct effects)</source>
      <translation>Vedtatte og godkjente tiltak (direkte virkning)</translation>
    </message>
    <message>
      <location filename="../followup/budget_view.py" line="195" />
      <source>Pipeline, never added to the budget (direct effects)</source>
      <translation>Under arbeid, aldri lagt til budsjettet (direkte virkning)</translation>
    </message>
    <message>
      <location filename="../followup/budget_view.py" line="198" />
      <source>Stopped, left out of the sum: %1</source>
      <translation>Stanset, utenfor summen: %1</translation>
    </message>
    <message>
      <location filename="../followup/budget_view.py" line="204" />
      <source>Responsible unit</source>
      <translation>Ansvarlig enhet</translation>
    </message>
    <message>
      <location filename="../followup/budget_view.py" line="204" />
      <source>Case</source>
      <translation>Sak</translation>
    </message>
    <message>
      <location filename="../followup/budget_view.py" line="204" />
      <source>Measure</source>
      <translation>Tiltak</translation>
    </message>
    <message>
      <location filename="../followup/budget_view.py" line="205" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../followup/budget_view.py" line="205" />
      <source>Follow-up</source>
      <translation>Oppfølging</translation>
    </message>
    <message>
      <location filename="../followup/budget_view.py" line="206" />
      <source>Reported t CO2e/yr</source>
      <translation>Rapportert t CO2e/år</translation>
    </message>
    <message>
      <location filename="../followup/budget_view.py" line="207" />
      <source>Investment, NOK</source>
      <translation>Investering, kr</translation>
    </message>
    <message>
      <location filename="../followup/budget_view.py" line="208" />
      <source>Annual cost, NOK</source>
      <translation>Årlig kostnad, kr</translation>
    </message>
    <message>
      <location filename="../followup/budget_view.py" line="208" />
      <source>NOK per tonne</source>
      <translation>Kr per tonn</translation>
    </message>
    <message>
      <location filename="../followup/budget_view.py" line="209" />
      <source>SDG targets</source>
      <translation>Delmål</translation>
    </message>
    <message>
      <location filename="../followup/budget_view.py" line="297" />
      <source>budget-%1</source>
      <translation>budsjett-%1</translation>
    </message>
    <message>
      <location filename="../followup/budget_view.py" line="298" />
      <source>Export budget</source>
      <translation>Eksporter budsjett</translation>
    </message>
    <message>
      <location filename="../followup/budget_view.py" line="307" />
      <source>Cannot write %1: %2</source>
      <translation>Kan ikke skrive %1: %2</translation>
    </message>
  </context>
  <context>
    <name>CaseListModel</name>
    <message>
      <location filename="../case_list_model.py" line="44" />
      <source>Title</source>
      <translation>Tittel</translation>
    </message>
    <message>
      <location filename="../case_list_model.py" line="45" />
      <source>Case no.</source>
      <translation>Saksnr.</translation>
    </message>
    <message>
      <location filename="../case_list_model.py" line="46" />
      <source>Unit</source>
      <translation>Enhet</translation>
    </message>
    <message>
      <location filename="../case_list_model.py" line="47" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../case_list_model.py" line="48" />
      <source>Depth</source>
      <translation>Utredningsnivå</translation>
    </message>
    <message>
      <location filename="../case_list_model.py" line="49" />
      <source>Last changed</source>
      <translation>Endret</translation>
    </message>
  </context>
  <context>
    <name>CaseOps</name>
    <message>
      <location filename="../case_ops.py" line="21" />
      <source>Zero alternative – as today</source>
      <translation>Nullalternativ – dagens situasjon</translation>
    </message>
    <message>
      <location filename="../case_ops.py" line="23" />
      <source>New case</source>
      <translation>Ny sak</translation>
    </message>
    <message>
      <location filename="../case_ops.py" line="34" />
      <source>Copy of %1</source>
      <translation>Kopi av %1</translation>
    </message>
    <message>
      <location filename="../case_ops.py" line="62" />
      <location filename="../case_ops.py" line="98" />
      <location filename="../case_ops.py" line="116" />
      <source>Import</source>
      <translation>Import</translation>
    </message>
    <message>
      <location filename="../case_ops.py" line="66" />
      <source>Import as draft</source>
      <translation>Importer som utkast</translation>
    </message>
    <message>
      <location filename="../case_ops.py" line="67" />
      <source>Cancel</source>
      <translation>Avbryt</translation>
    </message>
    <message>
      <location filename="../case_ops.py" line="117" />
      <source>The import could not be saved.</source>
      <translation>Importen kunne ikke lagres.</translation>
    </message>
    <message>
      <location filename="../case_ops.py" line="131" />
      <source>Export</source>
      <translation>Eksport</translation>
    </message>
    <message>
      <location filename="../case_ops.py" line="132" />
      <source>The case could not be exported.</source>
      <translation>Saken kunne ikke eksporteres.</translation>
    </message>
    <message>
      <location filename="../case_ops.py" line="142" />
      <location filename="../case_ops.py" line="150" />
      <source>Erase for good</source>
      <translation>Slett for godt</translation>
    </message>
    <message>
      <location filename="../case_ops.py" line="143" />
      <source>Erase “%1” for good? It can not be restored afterwards.</source>
      <translation>Slette «%1» for godt? Den kan ikke gjenopprettes etterpå.</translation>
    </message>
    <message>
      <location filename="../case_ops.py" line="151" />
      <source>Are you sure? The case and all its revisions will be erased.</source>
      <translation>Er du sikker? Saken og alle revisjonene blir slettet.</translation>
    </message>
    <message numerus="yes">
      <source>Nothing was imported: the files have %n problem(s).</source>
      <translation>
        <numerusform>Ingenting ble importert: filene har %n feil.</numerusform>
        <numerusform>Ingenting ble importert: filene har %n feil.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n file(s) claim an approval or decision but do not say who approved the case and when. Import them as drafts instead?</source>
      <translation>
        <numerusform>%n fil sier at saken er godkjent eller vedtatt, men ikke hvem som godkjente den og når. Vil du importere den som utkast i stedet?</numerusform>
        <numerusform>%n filer sier at sakene er godkjent eller vedtatt, men ikke hvem som godkjente dem og når. Vil du importere dem som utkast i stedet?</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>CaseWindow</name>
    <message>
      <location filename="../wizard/window.py" line="71" />
      <source>Steps</source>
      <translation>Steg</translation>
    </message>
    <message>
      <location filename="../wizard/window.py" line="109" />
      <source>Back</source>
      <translation>Tilbake</translation>
    </message>
    <message>
      <location filename="../wizard/window.py" line="110" />
      <source>Next</source>
      <translation>Neste</translation>
    </message>
    <message>
      <location filename="../wizard/window.py" line="155" />
      <source>&amp;Case</source>
      <translation>&amp;Sak</translation>
    </message>
    <message>
      <location filename="../wizard/window.py" line="156" />
      <source>&amp;Edit</source>
      <translation>&amp;Rediger</translation>
    </message>
    <message>
      <location filename="../wizard/window.py" line="157" />
      <source>&amp;Memo</source>
      <translation>&amp;Notat</translation>
    </message>
    <message>
      <location filename="../wizard/window.py" line="158" />
      <source>&amp;Help</source>
      <translation>&amp;Hjelp</translation>
    </message>
    <message>
      <location filename="../wizard/window.py" line="159" />
      <source>&amp;Undo</source>
      <translation>&amp;Angre</translation>
    </message>
    <message>
      <location filename="../wizard/window.py" line="161" />
      <source>&amp;Redo</source>
      <translation>&amp;Gjør om</translation>
    </message>
    <message>
      <location filename="../wizard/window.py" line="165" />
      <source>&amp;Close case</source>
      <translation>&amp;Lukk saken</translation>
    </message>
    <message>
      <location filename="../wizard/window.py" line="172" />
      <source>&amp;User guide</source>
      <translation>&amp;Brukerveiledning</translation>
    </message>
    <message>
      <location filename="../wizard/window.py" line="291" />
      <source>complete</source>
      <translation>fullført</translation>
    </message>
    <message>
      <location filename="../wizard/window.py" line="291" />
      <source>incomplete</source>
      <translation>ufullstendig</translation>
    </message>
    <message>
      <location filename="../wizard/window.py" line="292" />
      <source>has review notes</source>
      <translation>har merknader fra gjennomgang</translation>
    </message>
    <message>
      <location filename="../wizard/window.py" line="292" />
      <source>not started</source>
      <translation>ikke påbegynt</translation>
    </message>
    <message>
      <location filename="../wizard/window.py" line="293" />
      <source>nothing required at this depth</source>
      <translation>ingenting kreves på dette nivået</translation>
    </message>
    <message numerus="yes">
      <location filename="../wizard/window.py" line="305" />
      <source>%n trade-off(s) without handling</source>
      <translation>
        <numerusform>%n avveining uten håndtering</numerusform>
        <numerusform>%n avveininger uten håndtering</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../wizard/window.py" line="306" />
      <source>%n knowledge gap(s)</source>
      <translation>
        <numerusform>%n kunnskapshull</numerusform>
        <numerusform>%n kunnskapshull</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../wizard/window.py" line="312" />
      <source>Not saved: %1</source>
      <translation>Ikke lagret: %1</translation>
    </message>
    <message>
      <location filename="../wizard/window.py" line="315" />
      <source>Saving …</source>
      <translation>Lagrer …</translation>
    </message>
    <message>
      <location filename="../wizard/window.py" line="317" />
      <source>Saved in the conflict copy</source>
      <translation>Lagret i konfliktkopien</translation>
    </message>
    <message>
      <location filename="../wizard/window.py" line="319" />
      <source>Saved %1</source>
      <translation>Lagret %1</translation>
    </message>
    <message>
      <location filename="../wizard/window.py" line="321" />
      <source>Saved</source>
      <translation>Lagret</translation>
    </message>
    <message>
      <location filename="../wizard/window.py" line="330" />
      <source>Decided – locked</source>
      <translation>Vedtatt – låst</translation>
    </message>
    <message>
      <location filename="../wizard/window.py" line="331" />
      <source>Approved %1 – locked</source>
      <translation>Godkjent %1 – låst</translation>
    </message>
    <message>
      <location filename="../wizard/window.py" line="334" />
      <source>Approved by %1. This revision cannot be changed; start a new revision (Case menu) to change it.</source>
      <translation>Godkjent av %1. Denne revisjonen kan ikke endres; start en ny revisjon (Sak-menyen) for å endre den.</translation>
    </message>
    <message>
      <location filename="../wizard/window.py" line="337" />
      <source>In review – read-only for the caseworker</source>
      <translation>Til godkjenning – skrivebeskyttet for saksbehandler</translation>
    </message>
    <message>
      <location filename="../wizard/window.py" line="338" />
      <source>Take the case back to draft (Case menu) to change it; the verdicts are kept.</source>
      <translation>Ta saken tilbake til utkast (Sak-menyen) for å endre den; vurderingene beholdes.</translation>
    </message>
    <message>
      <location filename="../wizard/window.py" line="340" />
      <source>Read-only – you may not change this case</source>
      <translation>Skrivebeskyttet – du har ikke lov til å endre denne saken</translation>
    </message>
    <message>
      <location filename="../wizard/window.py" line="341" />
      <source>In the shared database only the owner changes a draft, and only a reviewer who did not write the case changes it in review; leaders read only. Ask the owner to hand the case over to you if you are to work on it.</source>
      <translation>I den felles databasen er det bare eieren som endrer et utkast, og bare en godkjenner som ikke har skrevet saken, som endrer den når den er til godkjenning; ledere kan bare lese. Be eieren overlate saken til deg hvis du skal arbeide med den.</translation>
    </message>
    <message>
      <source>Approved by %1 – this revision is locked and cannot be changed.</source>
      <translation>Godkjent av %1 – denne revisjonen er låst og kan ikke endres.</translation>
    </message>
    <message>
      <source>Untitled case</source>
      <translation>Sak uten tittel</translation>
    </message>
  </context>
  <context>
    <name>ChallengesView</name>
    <message>
      <location filename="../steering/challenges_view.py" line="49" />
      <source>Where we stand and where we lag</source>
      <translation>Hvor vi står og hvor vi henger etter</translation>
    </message>
    <message>
      <location filename="../steering/challenges_view.py" line="60" />
      <source>Challenges</source>
      <translation>Utfordringer</translation>
    </message>
    <message>
      <location filename="../steering/challenges_view.py" line="62" />
      <source>Indicator</source>
      <translation>Indikator</translation>
    </message>
    <message>
      <location filename="../steering/challenges_view.py" line="62" />
      <source>Where</source>
      <translation>Hvor</translation>
    </message>
    <message>
      <location filename="../steering/challenges_view.py" line="62" />
      <source>Period</source>
      <translation>Periode</translation>
    </message>
    <message>
      <location filename="../steering/challenges_view.py" line="62" />
      <source>Figure</source>
      <translation>Tall</translation>
    </message>
    <message>
      <location filename="../steering/challenges_view.py" line="63" />
      <source>National</source>
      <translation>Landet</translation>
    </message>
    <message>
      <location filename="../steering/challenges_view.py" line="63" />
      <source>Compared</source>
      <translation>Sammenlignet</translation>
    </message>
    <message>
      <location filename="../steering/challenges_view.py" line="63" />
      <source>Why</source>
      <translation>Hvorfor</translation>
    </message>
    <message>
      <location filename="../steering/challenges_view.py" line="63" />
      <source>Addressed by</source>
      <translation>Tas tak i av</translation>
    </message>
    <message>
      <location filename="../steering/challenges_view.py" line="80" />
      <source>SDG targets it concerns</source>
      <translation>Delmål det gjelder</translation>
    </message>
    <message>
      <location filename="../steering/challenges_view.py" line="83" />
      <source>Cases and plans addressing it</source>
      <translation>Saker og planer som tar tak i det</translation>
    </message>
    <message>
      <location filename="../steering/challenges_view.py" line="121" />
      <source>Indicators where the municipality or a district does more than %1 % worse than the national figure or the average of the municipalities compared with (chosen in the Indicators view), or has moved the wrong way over the last three periods. Worst first. The margin is set in the municipality's configuration (targets.yaml).</source>
      <translation>Indikatorer der kommunen eller en bydel ligger mer enn %1 % dårligere an enn landet eller snittet av kommunene vi sammenligner med (valgt i Indikatorer-visningen), eller har gått feil vei de tre siste periodene. Verst først. Marginen settes i kommunens konfigurasjon (targets.yaml).</translation>
    </message>
    <message>
      <location filename="../steering/challenges_view.py" line="134" />
      <source>%1 % worse than national</source>
      <translation>%1 % dårligere enn landet</translation>
    </message>
    <message>
      <location filename="../steering/challenges_view.py" line="137" />
      <source>%1 % worse than compared</source>
      <translation>%1 % dårligere enn sammenlignet</translation>
    </message>
    <message>
      <location filename="../steering/challenges_view.py" line="140" />
      <source>wrong way three periods</source>
      <translation>feil vei tre perioder</translation>
    </message>
    <message>
      <location filename="../steering/challenges_view.py" line="141" />
      <source>cases: %1, plans: %2</source>
      <translation>saker: %1, planer: %2</translation>
    </message>
    <message>
      <location filename="../steering/challenges_view.py" line="142" />
      <source>nothing</source>
      <translation>ingenting</translation>
    </message>
    <message>
      <location filename="../steering/challenges_view.py" line="159" />
      <source>No indicator lags by the margin, and none has moved the wrong way: or there are no figures yet.</source>
      <translation>Ingen indikator henger etter med mer enn marginen, og ingen har gått feil vei: eller det finnes ingen tall ennå.</translation>
    </message>
    <message>
      <location filename="../steering/challenges_view.py" line="173" />
      <source>Case: %1</source>
      <translation>Sak: %1</translation>
    </message>
    <message>
      <location filename="../steering/challenges_view.py" line="176" />
      <source>Plan: %1</source>
      <translation>Plan: %1</translation>
    </message>
    <message>
      <location filename="../steering/challenges_view.py" line="178" />
      <source>No case or plan addresses this yet.</source>
      <translation>Ingen sak eller plan tar tak i dette ennå.</translation>
    </message>
  </context>
  <context>
    <name>ClimateStages</name>
    <message>
      <location filename="../comparison/climate_stages.py" line="23" />
      <source>cases with a recommended measure</source>
      <translation>saker med anbefalt tiltak</translation>
    </message>
    <message>
      <location filename="../comparison/climate_stages.py" line="24" />
      <source>t CO2e per year, direct effects (the total)</source>
      <translation>tonn CO2e per år, direkte virkning (totalen)</translation>
    </message>
    <message>
      <location filename="../comparison/climate_stages.py" line="26" />
      <source>t CO2e per year, indirect effects (beside, not added)</source>
      <translation>tonn CO2e per år, indirekte virkning (ved siden av, legges ikke til)</translation>
    </message>
    <message>
      <location filename="../comparison/climate_stages.py" line="28" />
      <source>t CO2e per year, scope not stated (beside, not added)</source>
      <translation>tonn CO2e per år, omfang ikke oppgitt (ved siden av, legges ikke til)</translation>
    </message>
    <message>
      <location filename="../comparison/climate_stages.py" line="30" />
      <source>cases whose climate effect is not quantified</source>
      <translation>saker der klimaeffekten ikke er tallfestet</translation>
    </message>
    <message>
      <location filename="../comparison/climate_stages.py" line="58" />
      <source>Climate budget and pipeline</source>
      <translation>Klimabudsjett og saker under arbeid</translation>
    </message>
    <message>
      <location filename="../comparison/climate_stages.py" line="61" />
      <source>Climate budget: approved and decided</source>
      <translation>Klimabudsjett: godkjent og vedtatt</translation>
    </message>
    <message>
      <location filename="../comparison/climate_stages.py" line="62" />
      <source>Pipeline: draft and in review (not in the budget)</source>
      <translation>Under arbeid: utkast og til behandling (ikke i budsjettet)</translation>
    </message>
  </context>
  <context>
    <name>ColumnChooser</name>
    <message>
      <location filename="../comparison/column_chooser.py" line="20" />
      <source>&amp;Columns</source>
      <translation>&amp;Kolonner</translation>
    </message>
    <message>
      <location filename="../comparison/column_chooser.py" line="21" />
      <source>Choose which groups of columns the table shows</source>
      <translation>Velg hvilke grupper av kolonner tabellen viser</translation>
    </message>
  </context>
  <context>
    <name>ColumnGroups</name>
    <message>
      <location filename="../comparison/columns.py" line="59" />
      <source>Case details</source>
      <extracomment>Always shown: what names the row.</extracomment>
      <translation>Saksopplysninger</translation>
    </message>
    <message>
      <location filename="../comparison/columns.py" line="60" />
      <source>More case details</source>
      <translation>Flere saksopplysninger</translation>
    </message>
    <message>
      <location filename="../comparison/columns.py" line="61" />
      <source>Pillar summaries</source>
      <translation>Oppsummering per hovedtema</translation>
    </message>
    <message>
      <location filename="../comparison/columns.py" line="62" />
      <source>Criteria: %1</source>
      <translation>Kriterier: %1</translation>
    </message>
    <message>
      <location filename="../comparison/columns.py" line="63" />
      <source>SDG goals</source>
      <translation>Bærekraftsmål</translation>
    </message>
    <message>
      <location filename="../comparison/columns.py" line="64" />
      <source>Climate and costs</source>
      <translation>Klima og kostnader</translation>
    </message>
    <message>
      <location filename="../comparison/columns.py" line="65" />
      <source>Knowledge gaps and trade-offs</source>
      <translation>Kunnskapshull og avveininger</translation>
    </message>
  </context>
  <context>
    <name>ComparisonCells</name>
    <message>
      <location filename="../comparison/cells.py" line="101" />
      <source>Yes</source>
      <extracomment>Narrow columns whose headers stand on end. The contribution as a rating class, for the cell colour (the sign is always written too).</extracomment>
      <translation>Ja</translation>
    </message>
    <message>
      <location filename="../comparison/cells.py" line="101" />
      <source>No</source>
      <translation>Nei</translation>
    </message>
  </context>
  <context>
    <name>ComparisonView</name>
    <message>
      <location filename="../comparison/comparison_view.py" line="85" />
      <source>E&amp;xport table …</source>
      <extracomment>Widths of wide columns, in average characters. What the widest value of a column looks like (the width also fits its header's words).</extracomment>
      <translation>Eksporter &amp;tabell …</translation>
    </message>
    <message>
      <location filename="../comparison/comparison_view.py" line="87" />
      <source>Save the table as shown (filtered and sorted) as an XLSX or CSV file</source>
      <translation>Lagre tabellen slik den vises (filtrert og sortert) som XLSX- eller CSV-fil</translation>
    </message>
    <message>
      <location filename="../comparison/comparison_view.py" line="97" />
      <source>Comparison of cases</source>
      <translation>Sammenligning av saker</translation>
    </message>
    <message>
      <location filename="../comparison/comparison_view.py" line="99" />
      <source>One row per case with its recommended alternative. Ratings show sign and number from −3 to +3; ? is a knowledge gap, – not relevant. Enter opens the case.</source>
      <translation>Én rad per sak med det anbefalte alternativet. Vurderingene vises med fortegn og tall fra −3 til +3; ? er et kunnskapshull, – ikke relevant. Enter åpner saken.</translation>
    </message>
    <message>
      <location filename="../comparison/comparison_view.py" line="136" />
      <source>Reading the cases …</source>
      <translation>Leser sakene …</translation>
    </message>
    <message>
      <location filename="../comparison/comparison_view.py" line="139" />
      <source>The cases could not be read: %1</source>
      <translation>Sakene kunne ikke leses: %1</translation>
    </message>
    <message>
      <location filename="../comparison/comparison_view.py" line="159" />
      <source>There are no cases to compare yet.</source>
      <translation>Det er ingen saker å sammenligne ennå.</translation>
    </message>
    <message numerus="yes">
      <location filename="../comparison/comparison_view.py" line="216" />
      <source>%n case(s)</source>
      <translation>
        <numerusform>%n sak</numerusform>
        <numerusform>%n saker</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../comparison/comparison_view.py" line="217" />
      <source>%1 of %n case(s) shown</source>
      <translation>
        <numerusform>%1 av %n sak vises</numerusform>
        <numerusform>%1 av %n saker vises</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../comparison/comparison_view.py" line="248" />
      <source>Excel workbook (*.xlsx)</source>
      <translation>Excel-arbeidsbok (*.xlsx)</translation>
    </message>
    <message>
      <location filename="../comparison/comparison_view.py" line="248" />
      <source>CSV, for any spreadsheet (*.csv)</source>
      <translation>CSV, for alle regneark (*.csv)</translation>
    </message>
    <message>
      <location filename="../comparison/comparison_view.py" line="250" />
      <source>Export the comparison</source>
      <translation>Eksporter sammenligningen</translation>
    </message>
    <message>
      <location filename="../comparison/comparison_view.py" line="251" />
      <source>comparison</source>
      <translation>sammenligning</translation>
    </message>
    <message>
      <location filename="../comparison/comparison_view.py" line="266" />
      <source>Writing the table …</source>
      <translation>Skriver tabellen …</translation>
    </message>
  </context>
  <context>
    <name>ComparisonViews</name>
    <message>
      <location filename="../comparison/views.py" line="39" />
      <source>Compare</source>
      <translation>Sammenlign</translation>
    </message>
    <message>
      <location filename="../comparison/views.py" line="40" />
      <source>Portfolio</source>
      <translation>Portefølje</translation>
    </message>
  </context>
  <context>
    <name>ConflictBar</name>
    <message>
      <location filename="../wizard/conflict_bar.py" line="45" />
      <source>&amp;Compare …</source>
      <translation>&amp;Sammenlign …</translation>
    </message>
    <message>
      <location filename="../wizard/conflict_bar.py" line="80" />
      <source>Conflict</source>
      <translation>Konflikt</translation>
    </message>
    <message>
      <location filename="../wizard/conflict_bar.py" line="81" />
      <source>Keep &amp;mine</source>
      <translation>Behold &amp;mine</translation>
    </message>
    <message>
      <location filename="../wizard/conflict_bar.py" line="82" />
      <source>Use the &amp;saved version</source>
      <translation>Bruk den &amp;lagrede versjonen</translation>
    </message>
    <message>
      <location filename="../wizard/conflict_bar.py" line="85" />
      <source>&amp;Use this copy</source>
      <translation>&amp;Bruk denne kopien</translation>
    </message>
    <message>
      <location filename="../wizard/conflict_bar.py" line="86" />
      <source>&amp;Discard the copy</source>
      <translation>&amp;Forkast kopien</translation>
    </message>
    <message>
      <location filename="../wizard/conflict_bar.py" line="93" />
      <source>This case was moved to the bin somewhere else after you opened it.</source>
      <translation>Saken er lagt i papirkurven et annet sted etter at du åpnet den.</translation>
    </message>
    <message>
      <location filename="../wizard/conflict_bar.py" line="95" />
      <source>This case was approved somewhere else after you opened it, so it is locked.</source>
      <translation>Saken er godkjent et annet sted etter at du åpnet den, og er derfor låst.</translation>
    </message>
    <message>
      <location filename="../wizard/conflict_bar.py" line="98" />
      <source>This case was changed somewhere else (in another window or by another person) after you opened it.</source>
      <translation>Saken er endret et annet sted (i et annet vindu eller av en annen bruker) etter at du åpnet den.</translation>
    </message>
    <message>
      <location filename="../wizard/conflict_bar.py" line="101" />
      <source>Your changes have been kept as a conflict copy, and what you write now is saved in the copy. Compare the two versions and choose which one to keep.</source>
      <translation>Endringene dine er tatt vare på som en konfliktkopi, og det du skriver nå, lagres i kopien. Sammenlign de to versjonene og velg hvilken som skal gjelde.</translation>
    </message>
    <message>
      <location filename="../wizard/conflict_bar.py" line="111" />
      <source>This case has a copy of the version that was replaced when a conflict copy was taken over (%1, by %2).</source>
      <translation>Saken har en kopi av versjonen som ble erstattet da en konfliktkopi ble tatt i bruk (%1, av %2).</translation>
    </message>
    <message>
      <location filename="../wizard/conflict_bar.py" line="114" />
      <source>This case has a conflict copy from %1 by %2 that nobody has decided on yet.</source>
      <translation>Saken har en konfliktkopi fra %1 av %2 som ingen har tatt stilling til ennå.</translation>
    </message>
    <message numerus="yes">
      <location filename="../wizard/conflict_bar.py" line="118" />
      <source>(%n copies in all; the newest is shown.)</source>
      <translation>
        <numerusform>(%n kopi i alt; den nyeste vises.)</numerusform>
        <numerusform>(%n kopier i alt; den nyeste vises.)</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../wizard/conflict_bar.py" line="131" />
      <source>your version (the conflict copy)</source>
      <translation>din versjon (konfliktkopien)</translation>
    </message>
    <message>
      <location filename="../wizard/conflict_bar.py" line="136" />
      <source>the conflict copy from %1 by %2</source>
      <translation>konfliktkopien fra %1 av %2</translation>
    </message>
    <message>
      <location filename="../wizard/conflict_bar.py" line="178" />
      <source>Discard the copy</source>
      <translation>Forkast kopien</translation>
    </message>
    <message>
      <location filename="../wizard/conflict_bar.py" line="179" />
      <source>Discard the conflict copy from %1 by %2? What it holds that the saved version does not is lost for good.</source>
      <translation>Forkaste konfliktkopien fra %1 av %2? Det den inneholder som ikke står i den lagrede versjonen, går tapt for godt.</translation>
    </message>
  </context>
  <context>
    <name>ConflictDialog</name>
    <message>
      <location filename="../conflict_dialog.py" line="35" />
      <source>Compare the two versions</source>
      <extracomment>What the person chose (``ConflictDialog.choice``).</extracomment>
      <translation>Sammenlign de to versjonene</translation>
    </message>
    <message numerus="yes">
      <location filename="../conflict_dialog.py" line="45" />
      <source>%n field(s) differ. The saved version is what the case holds now; the other column is %1.</source>
      <translation>
        <numerusform>%n felt er forskjellig. Den lagrede versjonen er det saken inneholder nå; den andre kolonnen er %1.</numerusform>
        <numerusform>%n felt er forskjellige. Den lagrede versjonen er det saken inneholder nå; den andre kolonnen er %1.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../conflict_dialog.py" line="48" />
      <source>The two versions hold the same content.</source>
      <translation>De to versjonene har samme innhold.</translation>
    </message>
    <message>
      <location filename="../conflict_dialog.py" line="51" />
      <source>Differences</source>
      <translation>Forskjeller</translation>
    </message>
    <message>
      <location filename="../conflict_dialog.py" line="53" />
      <source>Step</source>
      <translation>Steg</translation>
    </message>
    <message>
      <location filename="../conflict_dialog.py" line="53" />
      <source>Field</source>
      <translation>Felt</translation>
    </message>
    <message>
      <location filename="../conflict_dialog.py" line="53" />
      <source>Saved version (version %1)</source>
      <translation>Lagret versjon (versjon %1)</translation>
    </message>
    <message>
      <location filename="../conflict_dialog.py" line="55" />
      <source>Conflict copy</source>
      <translation>Konfliktkopi</translation>
    </message>
    <message>
      <location filename="../conflict_dialog.py" line="55" />
      <source>Your version (conflict copy)</source>
      <translation>Din versjon (konfliktkopien)</translation>
    </message>
    <message>
      <location filename="../conflict_dialog.py" line="65" />
      <source>(empty)</source>
      <translation>(tomt)</translation>
    </message>
    <message>
      <location filename="../conflict_dialog.py" line="76" />
      <source>Keep &amp;mine</source>
      <translation>Behold &amp;mine</translation>
    </message>
    <message>
      <location filename="../conflict_dialog.py" line="77" />
      <source>Use the &amp;saved version</source>
      <translation>Bruk den &amp;lagrede versjonen</translation>
    </message>
    <message>
      <location filename="../conflict_dialog.py" line="80" />
      <source>&amp;Use this copy</source>
      <translation>&amp;Bruk denne kopien</translation>
    </message>
    <message>
      <location filename="../conflict_dialog.py" line="81" />
      <source>&amp;Discard the copy</source>
      <translation>&amp;Forkast kopien</translation>
    </message>
  </context>
  <context>
    <name>ConnectDialog</name>
    <message>
      <location filename="../shared_db.py" line="67" />
      <source>Enter the address of the shared database.</source>
      <extracomment>Opens the store at a location (the opener's ``open_store``, or a stand-in in tests).</extracomment>
      <translation>Skriv inn adressen til den felles databasen.</translation>
    </message>
    <message>
      <location filename="../shared_db.py" line="70" />
      <source>The address must start with postgresql://, for example postgresql://server.kommune.no/impactapp.</source>
      <translation>Adressen må begynne med postgresql://, for eksempel postgresql://server.kommune.no/impactapp.</translation>
    </message>
    <message>
      <location filename="../shared_db.py" line="74" />
      <source>The address contains a password; ImpactApp never keeps one, so put it in a pgpass or service file instead and remove it from the address.</source>
      <translation>Adressen inneholder et passord; ImpactApp tar aldri vare på passord, så legg det i en pgpass- eller tjenestefil i stedet og fjern det fra adressen.</translation>
    </message>
    <message>
      <location filename="../shared_db.py" line="94" />
      <source>Connect to a shared database</source>
      <translation>Koble til felles database</translation>
    </message>
    <message>
      <location filename="../shared_db.py" line="98" />
      <source>The address of the municipality's shared database, as IT gave it to you, for example postgresql://server.kommune.no/impactapp or postgresql:///?service=impactapp. ImpactApp never asks for or keeps a password: your login is checked through a pgpass or service file, or Kerberos.</source>
      <translation>Adressen til kommunens felles database, slik du fikk den av IT, for eksempel postgresql://server.kommune.no/impactapp eller postgresql:///?service=impactapp. ImpactApp spør aldri etter og tar aldri vare på passord: påloggingen din kontrolleres med en pgpass- eller tjenestefil, eller Kerberos.</translation>
    </message>
    <message>
      <location filename="../shared_db.py" line="106" />
      <source>Address of the shared database</source>
      <translation>Adressen til den felles databasen</translation>
    </message>
    <message>
      <location filename="../shared_db.py" line="118" />
      <source>Connect</source>
      <translation>Koble til</translation>
    </message>
  </context>
  <context>
    <name>CostField</name>
    <message>
      <location filename="../fields/measures.py" line="382" />
      <source>Add a measure in the step Alternatives to give its costs.</source>
      <translation>Legg til et tiltak i steget Alternativer for å oppgi kostnadene.</translation>
    </message>
  </context>
  <context>
    <name>CostSection</name>
    <message>
      <location filename="../fields/measures.py" line="353" />
      <source>“%1” is not an amount. Write it like 1 500 000 or −250 000.</source>
      <translation>«%1» er ikke et beløp. Skriv for eksempel 1 500 000 eller −250 000.</translation>
    </message>
    <message>
      <location filename="../fields/measures.py" line="355" />
      <source>Investment</source>
      <translation>Investering</translation>
    </message>
    <message>
      <location filename="../fields/measures.py" line="355" />
      <source>kr</source>
      <translation>kr</translation>
    </message>
    <message>
      <location filename="../fields/measures.py" line="358" />
      <source>Annual operating cost</source>
      <translation>Årlige driftskostnader</translation>
    </message>
    <message>
      <location filename="../fields/measures.py" line="358" />
      <source>kr per year (negative = saving)</source>
      <translation>kr per år (negativt tall = innsparing)</translation>
    </message>
  </context>
  <context>
    <name>DatabaseActions</name>
    <message>
      <location filename="../database_actions.py" line="62" />
      <source>Today's backup of the database: %1</source>
      <extracomment>The database file's maintenance; None for a store without files.</extracomment>
      <translation>Dagens sikkerhetskopi av databasen: %1</translation>
    </message>
    <message>
      <location filename="../database_actions.py" line="65" />
      <source>Today's backup of the database failed: %1</source>
      <translation>Dagens sikkerhetskopi av databasen mislyktes: %1</translation>
    </message>
    <message>
      <location filename="../database_actions.py" line="75" />
      <location filename="../database_actions.py" line="82" />
      <location filename="../database_actions.py" line="96" />
      <source>Back up the database</source>
      <translation>Ta sikkerhetskopi av databasen</translation>
    </message>
    <message>
      <location filename="../database_actions.py" line="76" />
      <source>ImpactApp databases (*.db *.sqlite *.sqlite3);;All files (*)</source>
      <translation>ImpactApp-databaser (*.db *.sqlite *.sqlite3);;Alle filer (*)</translation>
    </message>
    <message>
      <location filename="../database_actions.py" line="83" />
      <source>That is the database itself; choose another file.</source>
      <translation>Det er selve databasen; velg en annen fil.</translation>
    </message>
    <message>
      <location filename="../database_actions.py" line="85" />
      <source>Backing up the database …</source>
      <translation>Tar sikkerhetskopi av databasen …</translation>
    </message>
    <message>
      <location filename="../database_actions.py" line="91" />
      <source>The database was backed up to %1</source>
      <translation>Databasen ble sikkerhetskopiert til %1</translation>
    </message>
    <message>
      <location filename="../database_actions.py" line="107" />
      <source>Restore from backup</source>
      <translation>Gjenopprett fra sikkerhetskopi</translation>
    </message>
    <message>
      <location filename="../database_actions.py" line="116" />
      <source>The database has not been changed.</source>
      <translation>Databasen er ikke endret.</translation>
    </message>
    <message>
      <location filename="../database_actions.py" line="119" />
      <source>Restore %1 in place of the database %2?

The database as it is now is backed up first. Open case windows are saved and closed, and ImpactApp closes when the backup has been restored: start it again to work on the restored database.</source>
      <translation>Gjenopprette %1 i stedet for databasen %2?

Databasen slik den er nå, blir sikkerhetskopiert først. Åpne saksvinduer blir lagret og lukket, og ImpactApp lukkes når sikkerhetskopien er gjenopprettet: start programmet igjen for å arbeide videre i den gjenopprettede databasen.</translation>
    </message>
    <message>
      <location filename="../database_actions.py" line="131" />
      <source>The database has not been changed. ImpactApp closes now; start it again.</source>
      <translation>Databasen er ikke endret. ImpactApp lukkes nå; start programmet igjen.</translation>
    </message>
    <message>
      <location filename="../database_actions.py" line="136" />
      <source>ImpactApp closes now; start it again to work on the restored database.</source>
      <translation>ImpactApp lukkes nå; start programmet igjen for å arbeide i den gjenopprettede databasen.</translation>
    </message>
  </context>
  <context>
    <name>DatabaseDialog</name>
    <message>
      <location filename="../database_dialog.py" line="78" />
      <source>The file is not a database: perhaps a document or another kind of file was chosen, or the file was overwritten.</source>
      <translation>Filen er ikke en database: kanskje et dokument eller en annen type fil ble valgt, eller filen er blitt overskrevet.</translation>
    </message>
    <message>
      <location filename="../database_dialog.py" line="81" />
      <source>The file is damaged: parts of it cannot be read, for example after a disk fault or a crash while it was being copied.</source>
      <translation>Filen er skadet: deler av den kan ikke leses, for eksempel etter en diskfeil eller et krasj mens den ble kopiert.</translation>
    </message>
    <message>
      <location filename="../database_dialog.py" line="84" />
      <source>The file is incomplete: its end is missing, for example after a copy that stopped half-way or a full disk.</source>
      <translation>Filen er ufullstendig: slutten mangler, for eksempel etter en kopiering som stoppet halvveis eller en full disk.</translation>
    </message>
    <message>
      <location filename="../database_dialog.py" line="87" />
      <source>The file is a database of another program, not of ImpactApp.</source>
      <translation>Filen er en database fra et annet program, ikke fra ImpactApp.</translation>
    </message>
    <message>
      <location filename="../database_dialog.py" line="89" />
      <source>The file was saved by a newer version of ImpactApp, which this version cannot read. Install the newer version to use it.</source>
      <translation>Filen er lagret av en nyere versjon av ImpactApp, som denne versjonen ikke kan lese. Installer den nyere versjonen for å bruke den.</translation>
    </message>
    <message>
      <location filename="../database_dialog.py" line="92" />
      <source>You may read the file but not change it, so ImpactApp could not save your work in it. Ask for write access to the file.</source>
      <translation>Du kan lese filen, men ikke endre den, så ImpactApp ville ikke kunne lagre arbeidet ditt i den. Be om skrivetilgang til filen.</translation>
    </message>
    <message>
      <location filename="../database_dialog.py" line="95" />
      <source>You may not change anything in the folder the file lies in, so ImpactApp could not save your work there. Ask for write access to the folder.</source>
      <translation>Du kan ikke endre noe i mappen filen ligger i, så ImpactApp ville ikke kunne lagre arbeidet ditt der. Be om skrivetilgang til mappen.</translation>
    </message>
    <message>
      <location filename="../database_dialog.py" line="98" />
      <source>The folder of the file does not exist. If it is on a network drive or a USB stick, connect it and start ImpactApp again.</source>
      <translation>Mappen filen skal ligge i, finnes ikke. Hvis den er på en nettverksstasjon eller en minnepinne, kobler du den til og starter ImpactApp på nytt.</translation>
    </message>
    <message>
      <location filename="../database_dialog.py" line="101" />
      <source>ImpactApp must bring this database up to its new version and backs it up first, but the backup could not be written. Make room on the disk, or ask for write access to the folder, and start ImpactApp again.</source>
      <translation>ImpactApp må oppgradere denne databasen til den nye versjonen og tar først en sikkerhetskopi av den, men sikkerhetskopien kunne ikke skrives. Frigjør plass på disken, eller be om skrivetilgang til mappen, og start ImpactApp på nytt.</translation>
    </message>
    <message>
      <location filename="../database_dialog.py" line="105" />
      <source>This is a folder, not a database file.</source>
      <translation>Dette er en mappe, ikke en databasefil.</translation>
    </message>
    <message>
      <location filename="../database_dialog.py" line="107" />
      <source>This computer cannot open a shared database yet: the PostgreSQL client library is missing. Open a database file instead, or ask IT to install it.</source>
      <translation>Denne maskinen kan ikke åpne en felles database ennå: PostgreSQL-klientbiblioteket mangler. Åpne en databasefil i stedet, eller be IT installere det.</translation>
    </message>
    <message>
      <location filename="../database_dialog.py" line="110" />
      <source>The shared database cannot be used right now. Try again in a moment, work in a database file on this computer, or ask IT.</source>
      <translation>Den felles databasen kan ikke brukes akkurat nå. Prøv igjen om litt, arbeid i en databasefil på denne datamaskinen, eller spør IT.</translation>
    </message>
    <message>
      <location filename="../database_dialog.py" line="113" />
      <source>The file cannot be reached: you may lack permission to open it, or the drive it is on is not available.</source>
      <translation>Filen kan ikke nås: du mangler kanskje tillatelse til å åpne den, eller stasjonen den ligger på, er ikke tilgjengelig.</translation>
    </message>
    <message>
      <location filename="../database_dialog.py" line="152" />
      <source>ImpactApp – the database cannot be opened</source>
      <extracomment>The store the user connected to through "Connect to a shared database".</extracomment>
      <translation>ImpactApp – databasen kan ikke åpnes</translation>
    </message>
    <message>
      <location filename="../database_dialog.py" line="171" />
      <source>Database file</source>
      <translation>Databasefil</translation>
    </message>
    <message>
      <location filename="../database_dialog.py" line="181" />
      <source>Show details</source>
      <translation>Vis detaljer</translation>
    </message>
    <message>
      <location filename="../database_dialog.py" line="192" />
      <source>The file has not been changed.</source>
      <translation>Filen er ikke endret.</translation>
    </message>
    <message>
      <location filename="../database_dialog.py" line="194" />
      <source>Nothing has been created or changed.</source>
      <translation>Ingenting er opprettet eller endret.</translation>
    </message>
    <message numerus="yes">
      <location filename="../database_dialog.py" line="200" />
      <source>%n backup(s) of this database.</source>
      <translation>
        <numerusform>%n sikkerhetskopi av denne databasen.</numerusform>
        <numerusform>%n sikkerhetskopier av denne databasen.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../database_dialog.py" line="201" />
      <source>There is no backup of this database yet; you can choose a backup file.</source>
      <translation>Det finnes ingen sikkerhetskopi av denne databasen ennå; du kan velge en sikkerhetskopifil.</translation>
    </message>
    <message>
      <location filename="../database_dialog.py" line="204" />
      <source>Try again</source>
      <translation>Prøv igjen</translation>
    </message>
    <message>
      <location filename="../database_dialog.py" line="205" />
      <source>Connect to this shared database again, for example once the network is back.</source>
      <translation>Koble til denne felles databasen på nytt, for eksempel når nettverket er tilbake.</translation>
    </message>
    <message>
      <location filename="../database_dialog.py" line="209" />
      <source>Open another database …</source>
      <translation>Åpne en annen database …</translation>
    </message>
    <message>
      <location filename="../database_dialog.py" line="210" />
      <source>Choose a database file you already have.</source>
      <translation>Velg en databasefil du allerede har.</translation>
    </message>
    <message>
      <location filename="../database_dialog.py" line="212" />
      <source>Restore a backup …</source>
      <translation>Gjenopprett en sikkerhetskopi …</translation>
    </message>
    <message>
      <location filename="../database_dialog.py" line="213" />
      <source>Put a backup in place of this database; the file there now is kept.</source>
      <translation>Sett en sikkerhetskopi i stedet for denne databasen; filen som ligger der nå, blir tatt vare på.</translation>
    </message>
    <message>
      <location filename="../database_dialog.py" line="217" />
      <source>Create a new database …</source>
      <translation>Lag en ny database …</translation>
    </message>
    <message>
      <location filename="../database_dialog.py" line="218" />
      <source>Start with an empty database in a file you choose.</source>
      <translation>Start med en tom database i en fil du velger.</translation>
    </message>
    <message>
      <location filename="../database_dialog.py" line="220" />
      <source>Connect to a shared database …</source>
      <translation>Koble til felles database …</translation>
    </message>
    <message>
      <location filename="../database_dialog.py" line="221" />
      <source>Work in the municipality's shared database on a server.</source>
      <translation>Arbeid i kommunens felles database på en server.</translation>
    </message>
    <message>
      <location filename="../database_dialog.py" line="224" />
      <source>Quit</source>
      <translation>Avslutt</translation>
    </message>
    <message>
      <location filename="../database_dialog.py" line="224" />
      <source>Close ImpactApp without changing anything.</source>
      <translation>Lukk ImpactApp uten å endre noe.</translation>
    </message>
    <message>
      <location filename="../database_dialog.py" line="242" />
      <source>ImpactApp databases (*.db *.sqlite *.sqlite3);;All files (*)</source>
      <translation>ImpactApp-databaser (*.db *.sqlite *.sqlite3);;Alle filer (*)</translation>
    </message>
    <message>
      <location filename="../database_dialog.py" line="252" />
      <source>Open another database</source>
      <translation>Åpne en annen database</translation>
    </message>
    <message>
      <location filename="../database_dialog.py" line="282" />
      <location filename="../database_dialog.py" line="285" />
      <source>Restore a backup</source>
      <translation>Gjenopprett en sikkerhetskopi</translation>
    </message>
    <message>
      <location filename="../database_dialog.py" line="283" />
      <source>The database has not been changed.</source>
      <translation>Databasen er ikke endret.</translation>
    </message>
    <message>
      <location filename="../database_dialog.py" line="292" />
      <location filename="../database_dialog.py" line="301" />
      <source>Create a new database</source>
      <translation>Lag en ny database</translation>
    </message>
    <message>
      <location filename="../database_dialog.py" line="302" />
      <source>The file %1 already exists. Choose a new name, or open it with “Open another database”.</source>
      <translation>Filen %1 finnes allerede. Velg et nytt navn, eller åpne den med «Åpne en annen database».</translation>
    </message>
    <message>
      <source>ImpactApp cannot open the database</source>
      <translation>ImpactApp kan ikke åpne databasen</translation>
    </message>
  </context>
  <context>
    <name>DismissDialog</name>
    <message>
      <location filename="../fields/suggestion_list.py" line="148" />
      <source>Dismiss target %1</source>
      <translation>Avvis delmål %1</translation>
    </message>
    <message>
      <location filename="../fields/suggestion_list.py" line="151" />
      <source>Why does target %1 not apply to this measure?</source>
      <translation>Hvorfor gjelder ikke delmål %1 for dette tiltaket?</translation>
    </message>
    <message>
      <location filename="../fields/suggestion_list.py" line="158" />
      <source>Reason for dismissing target %1</source>
      <translation>Begrunnelse for å avvise delmål %1</translation>
    </message>
    <message>
      <location filename="../fields/suggestion_list.py" line="160" />
      <source>E.g. the measure does not affect this</source>
      <translation>F.eks.: tiltaket påvirker ikke dette</translation>
    </message>
    <message>
      <location filename="../fields/suggestion_list.py" line="161" />
      <source>&amp;Reason:</source>
      <translation>&amp;Begrunnelse:</translation>
    </message>
    <message>
      <location filename="../fields/suggestion_list.py" line="164" />
      <source>Dismiss</source>
      <translation>Avvis</translation>
    </message>
    <message>
      <location filename="../fields/suggestion_list.py" line="165" />
      <source>Cancel</source>
      <translation>Avbryt</translation>
    </message>
  </context>
  <context>
    <name>DistrictFit</name>
    <message>
      <location filename="../district_fit.py" line="41" />
      <source>%1: districts %2</source>
      <translation>%1: bydelene %2</translation>
    </message>
    <message>
      <location filename="../district_fit.py" line="43" />
      <source>These cases rate districts that are not in %1, so they cannot be imported as they are:</source>
      <translation>Disse sakene vurderer bydeler som ikke ligger i %1, så de kan ikke importeres som de er:</translation>
    </message>
    <message>
      <location filename="../district_fit.py" line="46" />
      <source>Import them without those district ratings? The other ratings are kept.</source>
      <translation>Vil du importere dem uten disse bydelsvurderingene? De andre vurderingene beholdes.</translation>
    </message>
    <message>
      <location filename="../district_fit.py" line="48" />
      <source>Import</source>
      <translation>Importer</translation>
    </message>
  </context>
  <context>
    <name>DistrictsField</name>
    <message>
      <location filename="../fields/districts.py" line="120" />
      <source>Measures</source>
      <translation>Tiltak</translation>
    </message>
    <message>
      <location filename="../fields/districts.py" line="121" />
      <source>City districts</source>
      <translation>Bydeler</translation>
    </message>
    <message>
      <location filename="../fields/districts.py" line="140" />
      <source>%1 has no official city districts, so no effect per district is asked for; describe differences within the municipality in the justification instead.</source>
      <translation>%1 har ingen offisielle bydeler, så virkning per bydel blir ikke spurt om; beskriv heller forskjeller innad i kommunen i begrunnelsen.</translation>
    </message>
    <message>
      <location filename="../fields/districts.py" line="144" />
      <source>The catalog has no city districts to rate.</source>
      <translation>Katalogen har ingen bydeler å vurdere.</translation>
    </message>
    <message>
      <location filename="../fields/districts.py" line="146" />
      <source>“%1” is screened out as not relevant, so no effect per district is asked for.</source>
      <translation>«%1» er avgrenset bort som ikke relevant, så virkning per bydel etterspørres ikke.</translation>
    </message>
    <message>
      <location filename="../fields/districts.py" line="149" />
      <source>Rate “%1” for a measure in the table above (on its scale, not unknown or not relevant) to give its effect in each district.</source>
      <translation>Vurder «%1» for et tiltak i tabellen over (på skalaen, ikke ukjent eller ikke relevant) for å angi virkningen i hver bydel.</translation>
    </message>
    <message>
      <location filename="../fields/districts.py" line="153" />
      <source>Rate the effect in each district affected, on the same scale as “%1”; leave a district empty when it is affected like the rest of the city.</source>
      <translation>Vurder virkningen i hver berørte bydel på samme skala som «%1»; la en bydel stå tom når den berøres som resten av byen.</translation>
    </message>
    <message>
      <location filename="../fields/districts.py" line="162" />
      <source>Type %1 in a district's cell; Enter opens a list of values; Delete removes the district's rating.</source>
      <translation>Skriv %1 i bydelens celle; Enter åpner en liste med verdier; Delete fjerner bydelens vurdering.</translation>
    </message>
  </context>
  <context>
    <name>DistrictsModel</name>
    <message>
      <location filename="../fields/districts.py" line="88" />
      <source>Effect in %1</source>
      <translation>Virkning i %1</translation>
    </message>
    <message>
      <location filename="../fields/districts.py" line="100" />
      <source>overall %1</source>
      <translation>samlet %1</translation>
    </message>
  </context>
  <context>
    <name>ExportRunner</name>
    <message>
      <location filename="../export_runner.py" line="57" />
      <source>Export finished</source>
      <translation>Eksporten er ferdig</translation>
    </message>
    <message>
      <location filename="../export_runner.py" line="58" />
      <source>The file was saved as %1.</source>
      <translation>Filen ble lagret som %1.</translation>
    </message>
    <message>
      <location filename="../export_runner.py" line="59" />
      <source>Open the file</source>
      <translation>Åpne filen</translation>
    </message>
    <message>
      <location filename="../export_runner.py" line="60" />
      <source>Open the folder</source>
      <translation>Åpne mappen</translation>
    </message>
    <message>
      <location filename="../export_runner.py" line="70" />
      <source>Export failed</source>
      <translation>Eksporten mislyktes</translation>
    </message>
    <message>
      <location filename="../export_runner.py" line="71" />
      <source>The file could not be written: %1</source>
      <translation>Filen kunne ikke skrives: %1</translation>
    </message>
  </context>
  <context>
    <name>FigureTableModel</name>
    <message>
      <location filename="../indicators/figures_model.py" line="91" />
      <source>unchanged</source>
      <translation>uendret</translation>
    </message>
    <message>
      <location filename="../indicators/figures_model.py" line="95" />
      <source>better</source>
      <translation>bedre</translation>
    </message>
    <message>
      <location filename="../indicators/figures_model.py" line="95" />
      <source>worse</source>
      <translation>verre</translation>
    </message>
    <message>
      <location filename="../indicators/figures_model.py" line="125" />
      <source>No figure stored for this period.</source>
      <translation>Ingen tall lagret for denne perioden.</translation>
    </message>
    <message>
      <location filename="../indicators/figures_model.py" line="142" />
      <source>From %1 to %2</source>
      <translation>Fra %1 til %2</translation>
    </message>
    <message>
      <location filename="../indicators/figures_model.py" line="151" />
      <source>Region</source>
      <translation>Område</translation>
    </message>
    <message>
      <location filename="../indicators/figures_model.py" line="154" />
      <source>Change</source>
      <translation>Endring</translation>
    </message>
  </context>
  <context>
    <name>FilterBar</name>
    <message>
      <location filename="../comparison/filter_bar.py" line="40" />
      <source>Search title, case number, unit, measure …</source>
      <extracomment>The choices, in the order they stand: (key, frame column).</extracomment>
      <translation>Søk i tittel, saksnummer, enhet, tiltak …</translation>
    </message>
    <message>
      <location filename="../comparison/filter_bar.py" line="42" />
      <source>Search the comparison</source>
      <translation>Søk i sammenligningen</translation>
    </message>
    <message>
      <location filename="../comparison/filter_bar.py" line="44" />
      <source>Shows the cases whose title, case number, unit, decision body or measure contain every word typed.</source>
      <translation>Viser sakene der tittel, saksnummer, enhet, vedtaksorgan eller tiltak inneholder alle ordene du skriver.</translation>
    </message>
    <message>
      <location filename="../comparison/filter_bar.py" line="48" />
      <source>&amp;Status</source>
      <translation>&amp;Status</translation>
    </message>
    <message>
      <location filename="../comparison/filter_bar.py" line="48" />
      <source>&amp;Unit</source>
      <translation>E&amp;nhet</translation>
    </message>
    <message>
      <location filename="../comparison/filter_bar.py" line="49" />
      <source>Decision &amp;body</source>
      <translation>Ve&amp;dtaksorgan</translation>
    </message>
    <message>
      <location filename="../comparison/filter_bar.py" line="49" />
      <source>&amp;Year</source>
      <translation>&amp;År</translation>
    </message>
    <message>
      <location filename="../comparison/filter_bar.py" line="50" />
      <source>&amp;Depth</source>
      <translation>&amp;Utredningsnivå</translation>
    </message>
    <message>
      <location filename="../comparison/filter_bar.py" line="61" />
      <source>Show only cases with this value</source>
      <translation>Vis bare saker med denne verdien</translation>
    </message>
    <message>
      <location filename="../comparison/filter_bar.py" line="63" />
      <source>All</source>
      <translation>Alle</translation>
    </message>
    <message>
      <location filename="../comparison/filter_bar.py" line="69" />
      <source>Show &amp;all</source>
      <translation>Vis &amp;alle</translation>
    </message>
    <message>
      <location filename="../comparison/filter_bar.py" line="70" />
      <source>Clear every filter</source>
      <translation>Fjern alle filtre</translation>
    </message>
    <message>
      <location filename="../comparison/filter_bar.py" line="147" />
      <source>“%1”</source>
      <translation>«%1»</translation>
    </message>
  </context>
  <context>
    <name>FollowUpActions</name>
    <message>
      <location filename="../followup/actions.py" line="25" />
      <source>&amp;Follow-up of measures…</source>
      <translation>&amp;Oppfølging av tiltak …</translation>
    </message>
  </context>
  <context>
    <name>FollowUpDialog</name>
    <message>
      <location filename="../followup/editor.py" line="43" />
      <source>Follow-up: %1</source>
      <translation>Oppfølging: %1</translation>
    </message>
    <message>
      <location filename="../followup/editor.py" line="47" />
      <location filename="../followup/editor.py" line="53" />
      <source>Measure</source>
      <translation>Tiltak</translation>
    </message>
    <message>
      <location filename="../followup/editor.py" line="55" />
      <source>Expected effect</source>
      <translation>Forventet virkning</translation>
    </message>
    <message>
      <location filename="../followup/editor.py" line="57" />
      <location filename="../followup/editor.py" line="58" />
      <source>Responsible unit</source>
      <translation>Ansvarlig enhet</translation>
    </message>
    <message>
      <location filename="../followup/editor.py" line="60" />
      <location filename="../followup/editor.py" line="63" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../followup/editor.py" line="65" />
      <location filename="../followup/editor.py" line="66" />
      <source>Why it was stopped</source>
      <translation>Hvorfor det ble stanset</translation>
    </message>
    <message>
      <location filename="../followup/editor.py" line="68" />
      <location filename="../followup/editor.py" line="70" />
      <source>Reported effect, t CO2e per year</source>
      <translation>Rapportert virkning, t CO2e per år</translation>
    </message>
    <message>
      <location filename="../followup/editor.py" line="69" />
      <source>e.g. −850 (a cut)</source>
      <translation>f.eks. −850 (et kutt)</translation>
    </message>
    <message>
      <location filename="../followup/editor.py" line="72" />
      <location filename="../followup/editor.py" line="73" />
      <source>Cost spent, NOK</source>
      <translation>Brukt, kr</translation>
    </message>
    <message>
      <location filename="../followup/editor.py" line="75" />
      <location filename="../followup/editor.py" line="78" />
      <source>Progress note</source>
      <translation>Fremdrift</translation>
    </message>
    <message>
      <location filename="../followup/editor.py" line="80" />
      <location filename="../followup/editor.py" line="82" />
      <source>Earlier reports</source>
      <translation>Tidligere rapporter</translation>
    </message>
    <message>
      <location filename="../followup/editor.py" line="90" />
      <source>Save report</source>
      <translation>Lagre rapport</translation>
    </message>
    <message>
      <location filename="../followup/editor.py" line="93" />
      <source>Close</source>
      <translation>Lukk</translation>
    </message>
    <message>
      <location filename="../followup/editor.py" line="106" />
      <source>not quantified</source>
      <translation>ikke tallfestet</translation>
    </message>
    <message>
      <location filename="../followup/editor.py" line="107" />
      <source>%1 t CO2e per year</source>
      <translation>%1 t CO2e per år</translation>
    </message>
    <message>
      <location filename="../followup/editor.py" line="134" />
      <source>Reported effect</source>
      <translation>Rapportert virkning</translation>
    </message>
    <message>
      <location filename="../followup/editor.py" line="135" />
      <source>Cost spent</source>
      <translation>Brukt</translation>
    </message>
    <message>
      <location filename="../followup/editor.py" line="139" />
      <source>%1: '%2' is not a number.</source>
      <translation>%1: «%2» er ikke et tall.</translation>
    </message>
    <message>
      <location filename="../followup/editor.py" line="165" />
      <source>Report saved.</source>
      <translation>Rapporten er lagret.</translation>
    </message>
    <message>
      <source>A stopped measure needs a reason: say why it was stopped.</source>
      <translation>Et stanset tiltak trenger en grunn: skriv hvorfor det ble stanset.</translation>
    </message>
  </context>
  <context>
    <name>FollowUpView</name>
    <message>
      <location filename="../followup/attention_view.py" line="46" />
      <source>Follow-up</source>
      <translation>Til oppfølging</translation>
    </message>
    <message>
      <location filename="../followup/attention_view.py" line="53" />
      <source>Only reports due or late</source>
      <translation>Bare rapporter som forfaller eller er forsinket</translation>
    </message>
    <message>
      <location filename="../followup/attention_view.py" line="61" />
      <source>Measures to follow up</source>
      <translation>Tiltak til oppfølging</translation>
    </message>
    <message>
      <location filename="../followup/attention_view.py" line="63" />
      <source>Case</source>
      <translation>Sak</translation>
    </message>
    <message>
      <location filename="../followup/attention_view.py" line="63" />
      <source>Measure</source>
      <translation>Tiltak</translation>
    </message>
    <message>
      <location filename="../followup/attention_view.py" line="63" />
      <source>Responsible unit</source>
      <translation>Ansvarlig enhet</translation>
    </message>
    <message>
      <location filename="../followup/attention_view.py" line="63" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../followup/attention_view.py" line="64" />
      <source>Why listed</source>
      <translation>Hvorfor</translation>
    </message>
    <message>
      <location filename="../followup/attention_view.py" line="64" />
      <source>Report due</source>
      <translation>Rapport innen</translation>
    </message>
    <message>
      <location filename="../followup/attention_view.py" line="64" />
      <source>Expected t CO2e/yr</source>
      <translation>Forventet t CO2e/år</translation>
    </message>
    <message>
      <location filename="../followup/attention_view.py" line="65" />
      <source>Reported t CO2e/yr</source>
      <translation>Rapportert t CO2e/år</translation>
    </message>
    <message numerus="yes">
      <location filename="../followup/attention_view.py" line="113" />
      <source>%n measure(s) to follow up today (%1).</source>
      <translation>
        <numerusform>%n tiltak til oppfølging i dag (%1).</numerusform>
        <numerusform>%n tiltak til oppfølging i dag (%1).</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../followup/attention_view.py" line="116" />
      <source>climate.yaml has problems, defaults are used: %1</source>
      <translation>climate.yaml har feil, standardverdier brukes: %1</translation>
    </message>
  </context>
  <context>
    <name>GhgField</name>
    <message>
      <location filename="../fields/measures.py" line="331" />
      <source>Add a measure in the step Alternatives to give its climate effect.</source>
      <translation>Legg til et tiltak i steget Alternativer for å oppgi klimaeffekten.</translation>
    </message>
  </context>
  <context>
    <name>GhgSection</name>
    <message>
      <location filename="../fields/measures.py" line="249" />
      <source>Change in emissions</source>
      <extracomment>The attribute of Alternative this field fills in ("ghg" or "cost").</extracomment>
      <translation>Endring i utslipp</translation>
    </message>
    <message>
      <location filename="../fields/measures.py" line="249" />
      <source>t CO2e per year (negative = cut)</source>
      <translation>tonn CO2e per år (negativt tall = kutt)</translation>
    </message>
    <message>
      <location filename="../fields/measures.py" line="251" />
      <source>“%1” is not a number. Write it like −850, 1 234,5 or 1234.5.</source>
      <translation>«%1» er ikke et tall. Skriv for eksempel −850, 1 234,5 eller 1234.5.</translation>
    </message>
    <message>
      <location filename="../fields/measures.py" line="252" />
      <location filename="../fields/measures.py" line="254" />
      <source>Cannot be quantified</source>
      <translation>Kan ikke tallfestes</translation>
    </message>
    <message>
      <location filename="../fields/measures.py" line="257" />
      <source>Why not? It goes on the list of effects that cannot be quantified.</source>
      <translation>Hvorfor ikke? Effekten føres på listen over effekter som ikke kan tallfestes.</translation>
    </message>
    <message>
      <location filename="../fields/measures.py" line="258" />
      <source>Reason</source>
      <translation>Begrunnelse</translation>
    </message>
    <message>
      <location filename="../fields/measures.py" line="260" />
      <source>Applies from year</source>
      <translation>Gjelder fra år</translation>
    </message>
    <message>
      <location filename="../fields/measures.py" line="261" />
      <source>Write the year with four digits, for example 2027.</source>
      <translation>Skriv året med fire sifre, for eksempel 2027.</translation>
    </message>
    <message>
      <location filename="../fields/measures.py" line="266" />
      <source>direct, inside the municipal border</source>
      <translation>direkte, innenfor kommunegrensen</translation>
    </message>
    <message>
      <location filename="../fields/measures.py" line="267" />
      <source>indirect, outside the border or in the value chain</source>
      <translation>indirekte, utenfor kommunegrensen eller i verdikjeden</translation>
    </message>
    <message>
      <location filename="../fields/measures.py" line="269" />
      <source>Scope</source>
      <translation>Utslippene er</translation>
    </message>
    <message>
      <location filename="../fields/measures.py" line="273" />
      <source>How the figure was found: model, source, assumptions.</source>
      <translation>Hvordan tallet er funnet: modell, kilde, forutsetninger.</translation>
    </message>
    <message>
      <location filename="../fields/measures.py" line="275" />
      <source>Method</source>
      <translation>Metode</translation>
    </message>
  </context>
  <context>
    <name>GoalStrip</name>
    <message>
      <location filename="../fields/target_picker.py" line="81" />
      <source>No goal has a confirmed target yet.</source>
      <translation>Ingen bærekraftsmål har bekreftede delmål ennå.</translation>
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
    <name>HistoryDialog</name>
    <message>
      <location filename="../history_dialog.py" line="51" />
      <location filename="../history_dialog.py" line="54" />
      <source>History</source>
      <translation>Historikk</translation>
    </message>
    <message>
      <location filename="../history_dialog.py" line="56" />
      <source>When</source>
      <translation>Når</translation>
    </message>
    <message>
      <location filename="../history_dialog.py" line="56" />
      <source>Who</source>
      <translation>Hvem</translation>
    </message>
    <message>
      <location filename="../history_dialog.py" line="56" />
      <source>What</source>
      <translation>Hva</translation>
    </message>
    <message>
      <location filename="../history_dialog.py" line="63" />
      <source>Close</source>
      <translation>Lukk</translation>
    </message>
    <message numerus="yes">
      <location filename="../history_dialog.py" line="75" />
      <source>%n event(s), oldest first.</source>
      <translation>
        <numerusform>%n hendelse, eldste først.</numerusform>
        <numerusform>%n hendelser, eldste først.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../history_dialog.py" line="111" />
      <source>&amp;History</source>
      <translation>&amp;Historikk</translation>
    </message>
  </context>
  <context>
    <name>IndicatorChange</name>
    <message>
      <location filename="../fields/indicator_change.py" line="38" />
      <source>Since the decision: no figure after %1 yet</source>
      <extracomment>(indicator id, region) -&gt; that region's figures as (period, value) in period order.</extracomment>
      <translation>Siden vedtaket: ingen tall etter %1 ennå</translation>
    </message>
    <message>
      <location filename="../fields/indicator_change.py" line="44" />
      <source>as expected</source>
      <translation>som forventet</translation>
    </message>
    <message>
      <location filename="../fields/indicator_change.py" line="45" />
      <source>against the expected direction</source>
      <translation>mot forventet retning</translation>
    </message>
    <message>
      <location filename="../fields/indicator_change.py" line="47" />
      <source>no change</source>
      <translation>ingen endring</translation>
    </message>
    <message>
      <location filename="../fields/indicator_change.py" line="51" />
      <source>Since the decision (%1 → %2): %3, %4</source>
      <translation>Siden vedtaket (%1 → %2): %3, %4</translation>
    </message>
  </context>
  <context>
    <name>IndicatorCharts</name>
    <message>
      <location filename="../indicators/line_chart.py" line="40" />
      <source>↑ desired (higher is better)</source>
      <translation>↑ ønsket (høyere er bedre)</translation>
    </message>
    <message>
      <location filename="../indicators/line_chart.py" line="42" />
      <source>↓ desired (lower is better)</source>
      <translation>↓ ønsket (lavere er bedre)</translation>
    </message>
  </context>
  <context>
    <name>IndicatorDetail</name>
    <message>
      <location filename="../indicators/detail.py" line="89" />
      <source>Figures over time</source>
      <translation>Tall over tid</translation>
    </message>
    <message>
      <location filename="../indicators/detail.py" line="100" />
      <source>Figures of the municipalities compared</source>
      <translation>Tall for kommunene som sammenlignes</translation>
    </message>
    <message>
      <location filename="../indicators/detail.py" line="108" />
      <source>Other municipalities</source>
      <translation>Andre kommuner</translation>
    </message>
    <message>
      <location filename="../indicators/detail.py" line="164" />
      <source>municipality</source>
      <translation>kommune</translation>
    </message>
    <message>
      <location filename="../indicators/detail.py" line="164" />
      <source>district</source>
      <translation>bydel</translation>
    </message>
    <message>
      <location filename="../indicators/detail.py" line="165" />
      <source>Unit: %1</source>
      <translation>Enhet: %1</translation>
    </message>
    <message>
      <location filename="../indicators/detail.py" line="167" />
      <source>Published for: %1</source>
      <translation>Publiseres for: %1</translation>
    </message>
    <message>
      <location filename="../indicators/detail.py" line="185" />
      <source>source not confirmed</source>
      <translation>kilde ikke bekreftet</translation>
    </message>
    <message>
      <location filename="../indicators/detail.py" line="191" />
      <source>Source: %1, table %2 (nothing fetched or imported yet)</source>
      <translation>Kilde: %1, tabell %2 (ikke hentet eller importert ennå)</translation>
    </message>
    <message>
      <location filename="../indicators/detail.py" line="195" />
      <source>The stored figures for this indicator are all symbols (no numbers).</source>
      <translation>De lagrede tallene for denne indikatoren er bare symboler (ingen tall).</translation>
    </message>
    <message>
      <location filename="../indicators/detail.py" line="196" />
      <source>There are no figures for this indicator yet.</source>
      <translation>Det finnes ingen tall for denne indikatoren ennå.</translation>
    </message>
    <message>
      <location filename="../indicators/detail.py" line="198" />
      <source>Fetch them from %1 with “Fetch from SSB” above (it fetches from every publisher the program reads), or import a saved file with “Import file …” (JSON-stat .json or .csv).</source>
      <translation>Hent dem fra %1 med «Hent fra SSB» over (den henter fra alle utgivere programmet leser), eller importer en lagret fil med «Importer fil …» (JSON-stat .json eller .csv).</translation>
    </message>
    <message>
      <location filename="../indicators/detail.py" line="203" />
      <source>Fetch them from Statistics Norway with “Fetch from SSB” above, or import a saved file with “Import file …” (JSON-stat .json or .csv).</source>
      <translation>Hent dem fra Statistisk sentralbyrå med «Hent fra SSB» over, eller importer en lagret fil med «Importer fil …» (JSON-stat .json eller .csv).</translation>
    </message>
    <message>
      <location filename="../indicators/detail.py" line="206" />
      <source>%1 publishes them, and this program does not fetch from there: download the table and import it with “Import file …” (JSON-stat .json or .csv).</source>
      <translation>%1 publiserer dem, og dette programmet henter ikke derfra: last ned tabellen og importer den med «Importer fil …» (JSON-stat .json eller .csv).</translation>
    </message>
    <message>
      <location filename="../indicators/detail.py" line="218" />
      <source>%1 and districts</source>
      <translation>%1 og bydeler</translation>
    </message>
    <message numerus="yes">
      <location filename="../indicators/detail.py" line="223" />
      <source>Choose districts (%n chosen) …</source>
      <translation>
        <numerusform>Velg bydeler (%n valgt) …</numerusform>
        <numerusform>Velg bydeler (%n valgt) …</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../indicators/detail.py" line="225" />
      <source>Choose districts to see them beside %1.</source>
      <translation>Velg bydeler for å se dem ved siden av %1.</translation>
    </message>
    <message numerus="yes">
      <location filename="../indicators/detail.py" line="241" />
      <source>Choose municipalities (%n chosen) …</source>
      <translation>
        <numerusform>Velg kommuner (%n valgt) …</numerusform>
        <numerusform>Velg kommuner (%n valgt) …</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../indicators/detail.py" line="245" />
      <source>No figures for other municipalities yet: “Fetch from SSB” asks for the chosen ones too.</source>
      <translation>Ingen tall for andre kommuner ennå: «Hent fra SSB» henter også de valgte.</translation>
    </message>
    <message>
      <location filename="../indicators/detail.py" line="248" />
      <source>No figures for other municipalities yet: import a saved file that holds them.</source>
      <translation>Ingen tall for andre kommuner ennå: importer en lagret fil som har dem.</translation>
    </message>
  </context>
  <context>
    <name>IndicatorOverview</name>
    <message>
      <location filename="../indicators/overview.py" line="47" />
      <source>Indicator</source>
      <translation>Indikator</translation>
    </message>
    <message>
      <location filename="../indicators/overview.py" line="47" />
      <source>Latest</source>
      <translation>Siste</translation>
    </message>
    <message>
      <location filename="../indicators/overview.py" line="47" />
      <source>Age</source>
      <translation>Alder</translation>
    </message>
    <message>
      <location filename="../indicators/overview.py" line="48" />
      <source>Source</source>
      <translation>Kilde</translation>
    </message>
    <message>
      <location filename="../indicators/overview.py" line="49" />
      <source>Indicator set</source>
      <translation>Indikatorsettet</translation>
    </message>
    <message>
      <location filename="../indicators/overview.py" line="98" />
      <source>no data</source>
      <translation>ingen data</translation>
    </message>
    <message numerus="yes">
      <location filename="../indicators/overview.py" line="106" />
      <source>%n year(s)</source>
      <translation>
        <numerusform>%n år</numerusform>
        <numerusform>%n år</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../indicators/overview.py" line="107" />
      <source>%n month(s)</source>
      <translation>
        <numerusform>%n måned</numerusform>
        <numerusform>%n måneder</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../indicators/overview.py" line="111" />
      <source>No figures yet: fetch them from SSB or import a saved file.</source>
      <translation>Ingen tall ennå: hent dem fra SSB eller importer en lagret fil.</translation>
    </message>
    <message numerus="yes">
      <location filename="../indicators/overview.py" line="113" />
      <source>The latest period with figures ended %n month(s) ago.</source>
      <translation>
        <numerusform>Den siste perioden med tall sluttet for %n måned siden.</numerusform>
        <numerusform>Den siste perioden med tall sluttet for %n måneder siden.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../indicators/overview.py" line="116" />
      <source>Fetched or imported %1.</source>
      <translation>Hentet eller importert %1.</translation>
    </message>
  </context>
  <context>
    <name>IndicatorView</name>
    <message>
      <location filename="../indicators/view.py" line="73" />
      <source>Fetch from SSB</source>
      <extracomment>Figures were fetched or imported into the store (open case windows show them again).</extracomment>
      <translation>Hent fra SSB</translation>
    </message>
    <message>
      <location filename="../indicators/view.py" line="74" />
      <location filename="../indicators/view.py" line="159" />
      <source>Fetch the chosen indicator's figures from Statistics Norway</source>
      <translation>Hent tallene for den valgte indikatoren fra Statistisk sentralbyrå</translation>
    </message>
    <message>
      <location filename="../indicators/view.py" line="77" />
      <source>Fetch all from SSB</source>
      <translation>Hent alle fra SSB</translation>
    </message>
    <message>
      <location filename="../indicators/view.py" line="79" />
      <source>Import file …</source>
      <translation>Importer fil …</translation>
    </message>
    <message>
      <location filename="../indicators/view.py" line="80" />
      <source>Import a saved JSON-stat (.json) or CSV file for the chosen indicator</source>
      <translation>Importer en lagret JSON-stat-fil (.json) eller CSV-fil for den valgte indikatoren</translation>
    </message>
    <message>
      <location filename="../indicators/view.py" line="90" />
      <source>Progress</source>
      <translation>Fremdrift</translation>
    </message>
    <message>
      <location filename="../indicators/view.py" line="91" />
      <source>Cancel</source>
      <translation>Avbryt</translation>
    </message>
    <message>
      <location filename="../indicators/view.py" line="130" />
      <source>The indicator data could not be read: %1</source>
      <translation>Indikatordataene kunne ikke leses: %1</translation>
    </message>
    <message>
      <location filename="../indicators/view.py" line="160" />
      <source>This indicator is not published by Statistics Norway: import a saved file instead</source>
      <translation>Denne indikatoren publiseres ikke av Statistisk sentralbyrå: importer en lagret fil i stedet</translation>
    </message>
    <message>
      <location filename="../indicators/view.py" line="208" />
      <source>Choose districts</source>
      <translation>Velg bydeler</translation>
    </message>
    <message>
      <location filename="../indicators/view.py" line="209" />
      <source>The districts to show beside the municipality, in the table and the chart.</source>
      <translation>Bydelene som vises ved siden av kommunen, i tabellen og diagrammet.</translation>
    </message>
    <message>
      <location filename="../indicators/view.py" line="232" />
      <source>Choose municipalities to compare with</source>
      <translation>Velg kommuner å sammenligne med</translation>
    </message>
    <message>
      <location filename="../indicators/view.py" line="233" />
      <source>The municipalities (and the national figure) to compare %1 with. “Fetch from SSB” asks the indicator's table for them too.</source>
      <translation>Kommunene (og tallet for hele landet) %1 skal sammenlignes med. «Hent fra SSB» henter dem også fra indikatorens tabell.</translation>
    </message>
    <message>
      <location filename="../indicators/view.py" line="274" />
      <source>Import figures for %1</source>
      <translation>Importer tall for %1</translation>
    </message>
    <message>
      <location filename="../indicators/view.py" line="276" />
      <source>Indicator data (*.json *.csv);;JSON-stat (*.json);;CSV (*.csv)</source>
      <translation>Indikatordata (*.json *.csv);;JSON-stat (*.json);;CSV (*.csv)</translation>
    </message>
    <message>
      <location filename="../indicators/view.py" line="308" />
      <source>Fetching %1 of %2: %3 …</source>
      <translation>Henter %1 av %2: %3 …</translation>
    </message>
    <message>
      <location filename="../indicators/view.py" line="311" />
      <source>Working on %1 …</source>
      <translation>Arbeider med %1 …</translation>
    </message>
    <message>
      <location filename="../indicators/view.py" line="316" />
      <source>Stopping after the current indicator …</source>
      <translation>Stopper etter indikatoren som hentes nå …</translation>
    </message>
    <message numerus="yes">
      <location filename="../indicators/view.py" line="327" />
      <source>%n indicator(s) fetched from SSB.</source>
      <translation>
        <numerusform>%n indikator hentet fra SSB.</numerusform>
        <numerusform>%n indikatorer hentet fra SSB.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../indicators/view.py" line="335" />
      <source>%1: not in the publisher's table, left out: %2</source>
      <translation>%1: finnes ikke i utgiverens tabell, utelatt: %2</translation>
    </message>
    <message>
      <location filename="../indicators/view.py" line="338" />
      <source>Stopped: the remaining indicators were not fetched.</source>
      <translation>Stoppet: de resterende indikatorene ble ikke hentet.</translation>
    </message>
    <message>
      <location filename="../indicators/view.py" line="340" />
      <source>Cancelled: the remaining indicators were not fetched.</source>
      <translation>Avbrutt: de resterende indikatorene ble ikke hentet.</translation>
    </message>
    <message numerus="yes">
      <location filename="../indicators/view.py" line="347" />
      <source>%n figure(s) stored for %1 from %2.</source>
      <translation>
        <numerusform>%n tall lagret for %1 fra %2.</numerusform>
        <numerusform>%n tall lagret for %1 fra %2.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../indicators/view.py" line="352" />
      <source>Nothing was imported from %1: %2</source>
      <translation>Ingenting ble importert fra %1: %2</translation>
    </message>
    <message>
      <location filename="../indicators/view.py" line="356" />
      <source>Nothing was fetched: %1</source>
      <translation>Ingenting ble hentet: %1</translation>
    </message>
    <message>
      <location filename="../indicators/view.py" line="362" />
      <source>an unexpected error (%1)</source>
      <translation>en uventet feil (%1)</translation>
    </message>
  </context>
  <context>
    <name>IndicatorsField</name>
    <message>
      <location filename="../fields/indicators.py" line="57" />
      <source>Add an indicator</source>
      <extracomment>(value, period, source line) of an indicator's latest imported figure for a region. Where latest values come from; a FieldContext attribute of the same name wins. None means no data has been imported (the composition root wires the indicator store in).</extracomment>
      <translation>Legg til en indikator</translation>
    </message>
    <message>
      <location filename="../fields/indicators.py" line="61" />
      <source>Search the common indicator set</source>
      <translation>Søk i det felles indikatorsettet</translation>
    </message>
    <message>
      <location filename="../fields/indicators.py" line="62" />
      <source>Search indicators</source>
      <translation>Søk etter indikatorer</translation>
    </message>
    <message>
      <location filename="../fields/indicators.py" line="67" />
      <source>Indicator</source>
      <translation>Indikator</translation>
    </message>
    <message>
      <location filename="../fields/indicators.py" line="67" />
      <source>Unit</source>
      <translation>Enhet</translation>
    </message>
    <message>
      <location filename="../fields/indicators.py" line="68" />
      <source>Levels</source>
      <translation>Nivåer</translation>
    </message>
    <message>
      <location filename="../fields/indicators.py" line="69" />
      <source>Common indicator set</source>
      <translation>Felles indikatorsett</translation>
    </message>
    <message>
      <location filename="../fields/indicators.py" line="77" />
      <source>Region of the new indicator</source>
      <translation>Område for den nye indikatoren</translation>
    </message>
    <message>
      <location filename="../fields/indicators.py" line="79" />
      <source>Add indicator</source>
      <translation>Legg til indikator</translation>
    </message>
    <message>
      <location filename="../fields/indicators.py" line="83" />
      <source>Region:</source>
      <translation>Område:</translation>
    </message>
    <message>
      <location filename="../fields/indicators.py" line="128" />
      <source>municipality</source>
      <translation>kommune</translation>
    </message>
    <message>
      <location filename="../fields/indicators.py" line="128" />
      <source>district</source>
      <translation>bydel</translation>
    </message>
    <message>
      <location filename="../fields/indicators.py" line="184" />
      <source>%1 (whole municipality)</source>
      <translation>%1 (hele kommunen)</translation>
    </message>
    <message>
      <location filename="../fields/indicators.py" line="187" />
      <source>%1 (district)</source>
      <translation>Bydel %1</translation>
    </message>
    <message numerus="yes">
      <location filename="../fields/indicators.py" line="219" />
      <source>Chosen indicators (%n)</source>
      <translation>
        <numerusform>Valgt indikator (%n)</numerusform>
        <numerusform>Valgte indikatorer (%n)</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../fields/indicators.py" line="222" />
      <source>No indicators chosen yet.</source>
      <translation>Ingen indikatorer er valgt ennå.</translation>
    </message>
    <message>
      <location filename="../fields/indicators.py" line="249" />
      <source>Region for %1</source>
      <translation>Område for %1</translation>
    </message>
    <message>
      <location filename="../fields/indicators.py" line="254" />
      <source>up</source>
      <translation>opp</translation>
    </message>
    <message>
      <location filename="../fields/indicators.py" line="254" />
      <source>down</source>
      <translation>ned</translation>
    </message>
    <message>
      <location filename="../fields/indicators.py" line="256" />
      <source>Expected: %1</source>
      <translation>Forventet: %1</translation>
    </message>
    <message>
      <location filename="../fields/indicators.py" line="258" />
      <source>(desired direction)</source>
      <translation>(ønsket retning)</translation>
    </message>
    <message>
      <location filename="../fields/indicators.py" line="261" />
      <source>Expected change of %1</source>
      <translation>Forventet endring i %1</translation>
    </message>
    <message>
      <location filename="../fields/indicators.py" line="266" />
      <source>Remove</source>
      <translation>Fjern</translation>
    </message>
    <message>
      <location filename="../fields/indicators.py" line="268" />
      <source>Remove indicator %1</source>
      <translation>Fjern indikatoren %1</translation>
    </message>
    <message>
      <location filename="../fields/indicators.py" line="284" />
      <source>no data imported yet</source>
      <translation>ingen data importert ennå</translation>
    </message>
    <message>
      <location filename="../fields/indicators.py" line="324" />
      <source>Add indicator %1</source>
      <translation>Legg til indikatoren %1</translation>
    </message>
    <message>
      <location filename="../fields/indicators.py" line="342" />
      <source>Change indicator</source>
      <translation>Endre indikator</translation>
    </message>
    <message>
      <location filename="../fields/indicators.py" line="352" />
      <source>Remove indicator</source>
      <translation>Fjern indikator</translation>
    </message>
  </context>
  <context>
    <name>Labels</name>
    <message>
      <location filename="../labels.py" line="47" />
      <source>today %1</source>
      <translation>i dag %1</translation>
    </message>
    <message>
      <location filename="../labels.py" line="49" />
      <source>yesterday %1</source>
      <translation>i går %1</translation>
    </message>
  </context>
  <context>
    <name>Language</name>
    <message>
      <location filename="../labels.py" line="20" />
      <source>en</source>
      <translation>nb</translation>
    </message>
  </context>
  <context>
    <name>LineChart</name>
    <message>
      <location filename="../indicators/line_chart.py" line="57" />
      <source>Line chart</source>
      <translation>Linjediagram</translation>
    </message>
    <message>
      <location filename="../indicators/line_chart.py" line="70" />
      <location filename="../indicators/line_chart.py" line="93" />
      <source>No figures to show.</source>
      <translation>Ingen tall å vise.</translation>
    </message>
    <message>
      <location filename="../indicators/line_chart.py" line="74" />
      <source>%1 over %2. The table beside it holds the figures.</source>
      <translation>%1 i %2. Tabellen ved siden av har tallene.</translation>
    </message>
  </context>
  <context>
    <name>MainMenus</name>
    <message>
      <location filename="../main_menus.py" line="37" />
      <source>&amp;File</source>
      <translation>&amp;Fil</translation>
    </message>
    <message>
      <location filename="../main_menus.py" line="38" />
      <source>&amp;New case</source>
      <translation>&amp;Ny sak</translation>
    </message>
    <message>
      <location filename="../main_menus.py" line="41" />
      <source>&amp;Open case</source>
      <translation>&amp;Åpne sak</translation>
    </message>
    <message>
      <location filename="../main_menus.py" line="43" />
      <source>&amp;Recent cases</source>
      <translation>Nylig &amp;brukte saker</translation>
    </message>
    <message>
      <location filename="../main_menus.py" line="46" />
      <source>&amp;Import case file…</source>
      <translation>&amp;Importer saksfil …</translation>
    </message>
    <message>
      <location filename="../main_menus.py" line="48" />
      <source>&amp;Export case file…</source>
      <translation>&amp;Eksporter saksfil …</translation>
    </message>
    <message>
      <location filename="../main_menus.py" line="50" />
      <source>Load e&amp;xample cases</source>
      <translation>Last inn e&amp;ksempelsaker</translation>
    </message>
    <message>
      <location filename="../main_menus.py" line="53" />
      <source>Connect to a &amp;shared database…</source>
      <translation>Koble til &amp;felles database …</translation>
    </message>
    <message>
      <location filename="../main_menus.py" line="55" />
      <source>Back &amp;up now…</source>
      <translation>Ta sikkerhets&amp;kopi nå …</translation>
    </message>
    <message>
      <location filename="../main_menus.py" line="57" />
      <source>Res&amp;tore from backup…</source>
      <translation>&amp;Gjenopprett fra sikkerhetskopi …</translation>
    </message>
    <message>
      <location filename="../main_menus.py" line="60" />
      <source>Import indicator &amp;package…</source>
      <translation>Importer indikator&amp;pakke …</translation>
    </message>
    <message>
      <location filename="../main_menus.py" line="62" />
      <source>&amp;Municipality…</source>
      <translation>Ko&amp;mmune …</translation>
    </message>
    <message>
      <location filename="../main_menus.py" line="65" />
      <source>&amp;Settings…</source>
      <translation>&amp;Innstillinger …</translation>
    </message>
    <message>
      <location filename="../main_menus.py" line="67" />
      <source>&amp;Quit</source>
      <translation>&amp;Avslutt</translation>
    </message>
    <message>
      <location filename="../main_menus.py" line="70" />
      <source>&amp;Edit</source>
      <translation>&amp;Rediger</translation>
    </message>
    <message>
      <location filename="../main_menus.py" line="71" />
      <source>&amp;Search cases</source>
      <translation>&amp;Søk i saker</translation>
    </message>
    <message>
      <location filename="../main_menus.py" line="73" />
      <source>&amp;Duplicate case</source>
      <translation>&amp;Dupliser sak</translation>
    </message>
    <message>
      <location filename="../main_menus.py" line="75" />
      <source>Move to &amp;bin</source>
      <translation>Flytt til &amp;papirkurven</translation>
    </message>
    <message>
      <location filename="../main_menus.py" line="77" />
      <source>&amp;Restore from bin</source>
      <translation>&amp;Gjenopprett fra papirkurven</translation>
    </message>
    <message>
      <location filename="../main_menus.py" line="79" />
      <source>&amp;Erase for good…</source>
      <translation>&amp;Slett for godt …</translation>
    </message>
    <message>
      <location filename="../main_menus.py" line="82" />
      <source>&amp;View</source>
      <translation>&amp;Vis</translation>
    </message>
    <message>
      <location filename="../main_menus.py" line="83" />
      <source>&amp;Cases</source>
      <translation>&amp;Saker</translation>
    </message>
    <message>
      <location filename="../main_menus.py" line="85" />
      <source>&amp;Bin</source>
      <translation>&amp;Papirkurv</translation>
    </message>
    <message>
      <location filename="../main_menus.py" line="88" />
      <source>&amp;Refresh</source>
      <translation>&amp;Oppdater</translation>
    </message>
    <message>
      <location filename="../main_menus.py" line="90" />
      <source>&amp;Language</source>
      <translation>&amp;Språk</translation>
    </message>
    <message>
      <location filename="../main_menus.py" line="98" />
      <source>&amp;Help</source>
      <translation>&amp;Hjelp</translation>
    </message>
    <message>
      <location filename="../main_menus.py" line="99" />
      <source>&amp;User guide</source>
      <translation>&amp;Brukerveiledning</translation>
    </message>
    <message>
      <location filename="../main_menus.py" line="101" />
      <source>&amp;About ImpactApp</source>
      <translation>&amp;Om ImpactApp</translation>
    </message>
    <message>
      <location filename="../main_menus.py" line="138" />
      <source>(none)</source>
      <translation>(ingen)</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../main_window.py" line="93" />
      <source>Search cases …</source>
      <translation>Søk i saker …</translation>
    </message>
    <message>
      <location filename="../main_window.py" line="95" />
      <source>Search cases</source>
      <translation>Søk i saker</translation>
    </message>
    <message>
      <location filename="../main_window.py" line="84" />
      <location filename="../main_window.py" line="107" />
      <source>Cases</source>
      <translation>Saker</translation>
    </message>
    <message>
      <location filename="../main_window.py" line="63" />
      <source>shared database %1</source>
      <translation>felles database %1</translation>
    </message>
    <message>
      <location filename="../main_window.py" line="83" />
      <source>Views</source>
      <translation>Visninger</translation>
    </message>
    <message>
      <location filename="../main_window.py" line="84" />
      <source>Bin</source>
      <translation>Papirkurv</translation>
    </message>
    <message>
      <location filename="../main_window.py" line="100" />
      <source>New case</source>
      <translation>Ny sak</translation>
    </message>
    <message>
      <location filename="../main_window.py" line="223" />
      <source>The bin is empty.</source>
      <translation>Papirkurven er tom.</translation>
    </message>
    <message>
      <location filename="../main_window.py" line="225" />
      <source>There are no cases in this database yet.

Start a new case with File → New case (Ctrl+N),
import a case file with File → Import case file … (Ctrl+I),
or look around in the example cases: File → Load example cases.</source>
      <translation>Det er ingen saker i denne databasen ennå.

Start en ny sak med Fil → Ny sak (Ctrl+N),
importer en saksfil med Fil → Importer saksfil … (Ctrl+I),
eller se deg om i eksempelsakene: Fil → Last inn eksempelsaker.</translation>
    </message>
    <message>
      <location filename="../main_window.py" line="235" />
      <source>%1 of %2 shown</source>
      <translation>%1 av %2 vises</translation>
    </message>
    <message numerus="yes">
      <location filename="../main_window.py" line="238" />
      <source>%n case(s)</source>
      <translation>
        <numerusform>%n sak</numerusform>
        <numerusform>%n saker</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../main_window.py" line="239" />
      <source>%n case(s) in the bin</source>
      <translation>
        <numerusform>%n sak i papirkurven</numerusform>
        <numerusform>%n saker i papirkurven</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../main_window.py" line="240" />
      <source>shared database: %1</source>
      <translation>felles database: %1</translation>
    </message>
    <message>
      <location filename="../main_window.py" line="241" />
      <source>database: %1</source>
      <translation>database: %1</translation>
    </message>
    <message>
      <location filename="../main_window.py" line="288" />
      <source>The change was not saved.</source>
      <translation>Endringen ble ikke lagret.</translation>
    </message>
    <message>
      <location filename="../main_window.py" line="302" />
      <source>Duplicated as a new draft.</source>
      <translation>Kopiert til et nytt utkast.</translation>
    </message>
    <message>
      <location filename="../main_window.py" line="315" />
      <source>Moved to the bin. You can restore it from View → Bin.</source>
      <translation>Flyttet til papirkurven. Du kan gjenopprette den fra Vis → Papirkurv.</translation>
    </message>
    <message>
      <location filename="../main_window.py" line="322" />
      <source>Restored.</source>
      <translation>Gjenopprettet.</translation>
    </message>
    <message>
      <location filename="../main_window.py" line="336" />
      <source>Import case files</source>
      <translation>Importer saksfiler</translation>
    </message>
    <message>
      <location filename="../main_window.py" line="337" />
      <source>Case files (*.yaml *.yml *.json);;All files (*)</source>
      <translation>Saksfiler (*.yaml *.yml *.json);;Alle filer (*)</translation>
    </message>
    <message>
      <location filename="../main_window.py" line="359" />
      <source>Export case file</source>
      <translation>Eksporter saksfil</translation>
    </message>
    <message>
      <location filename="../main_window.py" line="360" />
      <source>Case files (*.yaml *.json)</source>
      <translation>Saksfiler (*.yaml *.json)</translation>
    </message>
    <message>
      <location filename="../main_window.py" line="363" />
      <source>Exported to %1</source>
      <translation>Eksportert til %1</translation>
    </message>
    <message numerus="yes">
      <location filename="../main_window.py" line="349" />
      <source>Imported %n case(s).</source>
      <translation>
        <numerusform>Importerte %n sak.</numerusform>
        <numerusform>Importerte %n saker.</numerusform>
      </translation>
    </message>
    <message>
      <source>There are no cases in this database yet.

Start a new case with File → New case (Ctrl+N),
import a case file with File → Import case file … (Ctrl+I),
or from the command line: impactapp-cli case import FILE</source>
      <translation>Det er ingen saker i denne databasen ennå.

Start en ny sak med Fil → Ny sak (Ctrl+N),
importer en saksfil med Fil → Importer saksfil … (Ctrl+I),
eller fra kommandolinjen: impactapp-cli case import FIL</translation>
    </message>
  </context>
  <context>
    <name>MemoActions</name>
    <message>
      <location filename="../wizard/memo_actions.py" line="44" />
      <source>&amp;Export memo (PDF)…</source>
      <translation>&amp;Eksporter notat (PDF) …</translation>
    </message>
    <message>
      <location filename="../wizard/memo_actions.py" line="48" />
      <source>&amp;Copy summary</source>
      <translation>&amp;Kopier sammendrag</translation>
    </message>
    <message>
      <location filename="../wizard/memo_actions.py" line="73" />
      <source>Export memo</source>
      <translation>Eksporter notat</translation>
    </message>
    <message>
      <location filename="../wizard/memo_actions.py" line="74" />
      <source>PDF documents (*.pdf)</source>
      <translation>PDF-dokumenter (*.pdf)</translation>
    </message>
    <message>
      <location filename="../wizard/memo_actions.py" line="82" />
      <source>Making the memo …</source>
      <translation>Lager notatet …</translation>
    </message>
    <message>
      <location filename="../wizard/memo_actions.py" line="98" />
      <source>The summary is on the clipboard.</source>
      <translation>Sammendraget er kopiert til utklippstavlen.</translation>
    </message>
    <message>
      <source>&amp;Memo</source>
      <translation>&amp;Notat</translation>
    </message>
    <message>
      <source>Memo exported</source>
      <translation>Notatet er eksportert</translation>
    </message>
    <message>
      <source>The memo was saved as %1.</source>
      <translation>Notatet ble lagret som %1.</translation>
    </message>
    <message>
      <source>Open the memo</source>
      <translation>Åpne notatet</translation>
    </message>
    <message>
      <source>Open the folder</source>
      <translation>Åpne mappen</translation>
    </message>
    <message>
      <source>Memo not exported</source>
      <translation>Notatet ble ikke eksportert</translation>
    </message>
    <message>
      <source>The memo could not be made: %1</source>
      <translation>Notatet kunne ikke lages: %1</translation>
    </message>
  </context>
  <context>
    <name>MunicipalityDialog</name>
    <message>
      <location filename="../municipality_dialog.py" line="29" />
      <source>Choose municipality</source>
      <translation>Velg kommune</translation>
    </message>
    <message>
      <location filename="../municipality_dialog.py" line="34" />
      <source>Which municipality is this database for? Its figures, its city districts and the municipalities it is compared with follow from the choice.</source>
      <translation>Hvilken kommune er denne databasen for? Tallene, bydelene og kommunene den sammenlignes med, følger av valget.</translation>
    </message>
    <message>
      <location filename="../municipality_dialog.py" line="37" />
      <source>The municipality this database is for. Figures already fetched for another municipality stay under that municipality's number.</source>
      <translation>Kommunen denne databasen er for. Tall som alt er hentet for en annen kommune, blir liggende under den kommunens nummer.</translation>
    </message>
    <message>
      <location filename="../municipality_dialog.py" line="41" />
      <source>Search by name or number, e.g. Lillehammer</source>
      <translation>Søk på navn eller nummer, for eksempel Lillehammer</translation>
    </message>
    <message>
      <location filename="../municipality_dialog.py" line="42" />
      <source>Search municipalities</source>
      <translation>Søk etter kommune</translation>
    </message>
    <message>
      <location filename="../municipality_dialog.py" line="46" />
      <source>Municipalities</source>
      <translation>Kommuner</translation>
    </message>
    <message numerus="yes">
      <location filename="../municipality_dialog.py" line="83" />
      <source>%n municipalities</source>
      <translation>
        <numerusform>%n kommune</numerusform>
        <numerusform>%n kommuner</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>PathChart</name>
    <message>
      <location filename="../followup/path_chart.py" line="36" />
      <source>Reference path</source>
      <translation>Referansebane</translation>
    </message>
    <message>
      <location filename="../followup/path_chart.py" line="37" />
      <source>After decided measures</source>
      <translation>Etter vedtatte tiltak</translation>
    </message>
    <message>
      <location filename="../followup/path_chart.py" line="38" />
      <source>Target path</source>
      <translation>Målbane</translation>
    </message>
    <message>
      <location filename="../followup/path_chart.py" line="41" />
      <source>Emissions against the target path</source>
      <translation>Utslipp mot målbanen</translation>
    </message>
    <message>
      <location filename="../followup/path_chart.py" line="52" />
      <source>No climate target is set.</source>
      <translation>Ingen klimamål er satt.</translation>
    </message>
  </context>
  <context>
    <name>PillarGroup</name>
    <message>
      <location filename="../fields/screening.py" line="47" />
      <source>Not relevant as a whole</source>
      <translation>Ikke relevant som helhet</translation>
    </message>
    <message>
      <location filename="../fields/screening.py" line="53" />
      <source>%1: not relevant as a whole</source>
      <translation>%1: ikke relevant som helhet</translation>
    </message>
    <message>
      <location filename="../fields/screening.py" line="55" />
      <source>Why is the whole pillar not relevant?</source>
      <translation>Hvorfor er ikke søylen relevant?</translation>
    </message>
    <message>
      <location filename="../fields/screening.py" line="56" />
      <location filename="../fields/screening.py" line="72" />
      <source>%1: reason</source>
      <translation>%1: begrunnelse</translation>
    </message>
    <message>
      <location filename="../fields/screening.py" line="70" />
      <source>Ticked: relevant to the case. Not ticked: not relevant, with a one-line reason.</source>
      <translation>Krysset av: relevant i saken. Ikke krysset av: ikke relevant, med en kort begrunnelse.</translation>
    </message>
    <message>
      <location filename="../fields/screening.py" line="71" />
      <source>Why not relevant? One line is enough.</source>
      <translation>Hvorfor ikke relevant? Én linje holder.</translation>
    </message>
    <message>
      <location filename="../fields/screening.py" line="90" />
      <source>One reason for all of them</source>
      <translation>Én begrunnelse for alle</translation>
    </message>
    <message>
      <location filename="../fields/screening.py" line="91" />
      <source>%1: one reason for every criterion without a reason</source>
      <translation>%1: én begrunnelse for alle kriterier uten begrunnelse</translation>
    </message>
    <message>
      <location filename="../fields/screening.py" line="144" />
      <source>· %1 of %2 relevant</source>
      <translation>· %1 av %2 relevante</translation>
    </message>
    <message numerus="yes">
      <location filename="../fields/screening.py" line="150" />
      <source>%n criteria without a reason:</source>
      <translation>
        <numerusform>%n kriterium uten begrunnelse:</numerusform>
        <numerusform>%n kriterier uten begrunnelse:</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../fields/screening.py" line="151" />
      <source>Use for all %n</source>
      <translation>
        <numerusform>Bruk for %n</numerusform>
        <numerusform>Bruk for alle %n</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>PlaceActions</name>
    <message>
      <location filename="../place_actions.py" line="81" />
      <source>Fetch progress</source>
      <extracomment>What the background fetch runs: fn(indicators, regions, state) -&gt; FetchOutcome.</extracomment>
      <translation>Framdrift for henting</translation>
    </message>
    <message>
      <location filename="../place_actions.py" line="101" />
      <location filename="../place_actions.py" line="105" />
      <source>Municipality</source>
      <translation>Kommune</translation>
    </message>
    <message>
      <location filename="../place_actions.py" line="106" />
      <source>This database is now for %1. Restart ImpactApp to see its districts and figures.</source>
      <translation>Databasen er nå for %1. Start ImpactApp på nytt for å se kommunens bydeler og tall.</translation>
    </message>
    <message>
      <location filename="../place_actions.py" line="114" />
      <location filename="../place_actions.py" line="150" />
      <source>Import indicator package</source>
      <translation>Importer indikatorpakke</translation>
    </message>
    <message>
      <location filename="../place_actions.py" line="115" />
      <source>Indicator package (*.zip)</source>
      <translation>Indikatorpakke (*.zip)</translation>
    </message>
    <message>
      <location filename="../place_actions.py" line="123" />
      <source>Choose the database's municipality first.</source>
      <translation>Velg databasens kommune først.</translation>
    </message>
    <message numerus="yes">
      <location filename="../place_actions.py" line="134" />
      <source>Imported figures for %n indicator(s) from the package made %1.</source>
      <translation>
        <numerusform>Importerte tall for %n indikator fra pakken laget %1.</numerusform>
        <numerusform>Importerte tall for %n indikatorer fra pakken laget %1.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../place_actions.py" line="141" />
      <source>The package was not imported: %1</source>
      <translation>Pakken ble ikke importert: %1</translation>
    </message>
    <message>
      <location filename="../place_actions.py" line="159" />
      <source>Fetch the indicator figures for %1 from Statistics Norway now? This runs in the background; without a network, import an indicator package later (File menu).</source>
      <translation>Vil du hente indikatortallene for %1 fra Statistisk sentralbyrå nå? Det skjer i bakgrunnen; uten nettverk kan du importere en indikatorpakke senere (Fil-menyen).</translation>
    </message>
    <message>
      <location filename="../place_actions.py" line="162" />
      <source>Fetch figures</source>
      <translation>Hent tall</translation>
    </message>
    <message>
      <location filename="../place_actions.py" line="172" />
      <source>Fetching figures for %1 …</source>
      <translation>Henter tall for %1 …</translation>
    </message>
    <message numerus="yes">
      <location filename="../place_actions.py" line="196" />
      <source>Fetched figures for %n indicator(s).</source>
      <translation>
        <numerusform>Hentet tall for %n indikator.</numerusform>
        <numerusform>Hentet tall for %n indikatorer.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../place_actions.py" line="201" />
      <source>%n could not be fetched: %1</source>
      <translation>
        <numerusform>%n kunne ikke hentes: %1</numerusform>
        <numerusform>%n kunne ikke hentes: %1</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../place_actions.py" line="209" />
      <source>The figures could not be fetched: %1</source>
      <translation>Tallene kunne ikke hentes: %1</translation>
    </message>
  </context>
  <context>
    <name>PlanDialog</name>
    <message>
      <location filename="../steering/plan_dialog.py" line="44" />
      <source>Edit plan</source>
      <translation>Endre plan</translation>
    </message>
    <message>
      <location filename="../steering/plan_dialog.py" line="44" />
      <source>Add plan</source>
      <translation>Legg til plan</translation>
    </message>
    <message>
      <location filename="../steering/plan_dialog.py" line="49" />
      <source>plan</source>
      <translation>plan</translation>
    </message>
    <message>
      <location filename="../steering/plan_dialog.py" line="49" />
      <source>strategy</source>
      <translation>strategi</translation>
    </message>
    <message>
      <location filename="../steering/plan_dialog.py" line="50" />
      <source>initiative</source>
      <translation>satsing</translation>
    </message>
    <message>
      <location filename="../steering/plan_dialog.py" line="64" />
      <source>&amp;Name</source>
      <translation>&amp;Navn</translation>
    </message>
    <message>
      <location filename="../steering/plan_dialog.py" line="65" />
      <source>&amp;Kind</source>
      <translation>&amp;Type</translation>
    </message>
    <message>
      <location filename="../steering/plan_dialog.py" line="66" />
      <source>Responsible &amp;unit</source>
      <translation>Ansvarlig &amp;enhet</translation>
    </message>
    <message>
      <location filename="../steering/plan_dialog.py" line="67" />
      <source>&amp;From year</source>
      <translation>&amp;Fra år</translation>
    </message>
    <message>
      <location filename="../steering/plan_dialog.py" line="68" />
      <source>&amp;To year</source>
      <translation>&amp;Til år</translation>
    </message>
    <message>
      <location filename="../steering/plan_dialog.py" line="69" />
      <source>&amp;Link or reference</source>
      <translation>&amp;Lenke eller referanse</translation>
    </message>
    <message>
      <location filename="../steering/plan_dialog.py" line="70" />
      <source>&amp;SDG targets</source>
      <translation>&amp;Delmål</translation>
    </message>
    <message>
      <location filename="../steering/plan_dialog.py" line="71" />
      <source>&amp;Indicators</source>
      <translation>&amp;Indikatorer</translation>
    </message>
    <message>
      <location filename="../steering/plan_dialog.py" line="72" />
      <location filename="../steering/plan_dialog.py" line="122" />
      <source>Name</source>
      <translation>Navn</translation>
    </message>
    <message>
      <location filename="../steering/plan_dialog.py" line="73" />
      <source>Responsible unit</source>
      <translation>Ansvarlig enhet</translation>
    </message>
    <message>
      <location filename="../steering/plan_dialog.py" line="74" />
      <location filename="../steering/plan_dialog.py" line="123" />
      <source>From year</source>
      <translation>Fra år</translation>
    </message>
    <message>
      <location filename="../steering/plan_dialog.py" line="75" />
      <location filename="../steering/plan_dialog.py" line="123" />
      <source>To year</source>
      <translation>Til år</translation>
    </message>
    <message>
      <location filename="../steering/plan_dialog.py" line="76" />
      <location filename="../steering/plan_dialog.py" line="127" />
      <source>SDG targets</source>
      <translation>Delmål</translation>
    </message>
    <message>
      <location filename="../steering/plan_dialog.py" line="122" />
      <source>Kind</source>
      <translation>Type</translation>
    </message>
    <message>
      <location filename="../steering/plan_dialog.py" line="128" />
      <source>Indicators</source>
      <translation>Indikatorer</translation>
    </message>
  </context>
  <context>
    <name>PlansView</name>
    <message>
      <location filename="../steering/plans_view.py" line="71" />
      <source>Plans, strategies and initiatives</source>
      <translation>Planer, strategier og satsinger</translation>
    </message>
    <message>
      <location filename="../steering/plans_view.py" line="78" />
      <source>&amp;Add plan …</source>
      <translation>&amp;Legg til plan …</translation>
    </message>
    <message>
      <location filename="../steering/plans_view.py" line="79" />
      <source>&amp;Edit …</source>
      <translation>&amp;Endre …</translation>
    </message>
    <message>
      <location filename="../steering/plans_view.py" line="80" />
      <source>&amp;Remove</source>
      <translation>&amp;Fjern</translation>
    </message>
    <message>
      <location filename="../steering/plans_view.py" line="81" />
      <source>&amp;Import file …</source>
      <translation>&amp;Importer fil …</translation>
    </message>
    <message>
      <location filename="../steering/plans_view.py" line="82" />
      <source>E&amp;xport file …</source>
      <translation>E&amp;ksporter fil …</translation>
    </message>
    <message>
      <location filename="../steering/plans_view.py" line="98" />
      <source>Name</source>
      <translation>Navn</translation>
    </message>
    <message>
      <location filename="../steering/plans_view.py" line="98" />
      <source>Kind</source>
      <translation>Type</translation>
    </message>
    <message>
      <location filename="../steering/plans_view.py" line="98" />
      <source>Responsible unit</source>
      <translation>Ansvarlig enhet</translation>
    </message>
    <message>
      <location filename="../steering/plans_view.py" line="98" />
      <source>Period</source>
      <translation>Periode</translation>
    </message>
    <message>
      <location filename="../steering/plans_view.py" line="99" />
      <source>SDG targets</source>
      <translation>Delmål</translation>
    </message>
    <message>
      <location filename="../steering/plans_view.py" line="99" />
      <source>Indicators</source>
      <translation>Indikatorer</translation>
    </message>
    <message>
      <location filename="../steering/plans_view.py" line="99" />
      <source>Link or reference</source>
      <translation>Lenke eller referanse</translation>
    </message>
    <message>
      <location filename="../steering/plans_view.py" line="100" />
      <location filename="../steering/plans_view.py" line="111" />
      <source>Plans</source>
      <translation>Planer</translation>
    </message>
    <message>
      <location filename="../steering/plans_view.py" line="105" />
      <source>What addresses each locally relevant SDG target</source>
      <translation>Hva som tar tak i hvert lokalt relevante delmål</translation>
    </message>
    <message>
      <location filename="../steering/plans_view.py" line="111" />
      <source>Target</source>
      <translation>Delmål</translation>
    </message>
    <message>
      <location filename="../steering/plans_view.py" line="111" />
      <source>Text</source>
      <translation>Tekst</translation>
    </message>
    <message>
      <location filename="../steering/plans_view.py" line="111" />
      <source>Decided measures</source>
      <translation>Vedtatte tiltak</translation>
    </message>
    <message>
      <location filename="../steering/plans_view.py" line="112" />
      <source>Pipeline</source>
      <translation>Under arbeid</translation>
    </message>
    <message>
      <location filename="../steering/plans_view.py" line="112" />
      <source>Coverage of locally relevant SDG targets</source>
      <translation>Dekning av lokalt relevante delmål</translation>
    </message>
    <message>
      <location filename="../steering/plans_view.py" line="145" />
      <source>plan</source>
      <translation>plan</translation>
    </message>
    <message>
      <location filename="../steering/plans_view.py" line="145" />
      <source>strategy</source>
      <translation>strategi</translation>
    </message>
    <message>
      <location filename="../steering/plans_view.py" line="146" />
      <source>initiative</source>
      <translation>satsing</translation>
    </message>
    <message>
      <location filename="../steering/plans_view.py" line="163" />
      <source>%1 of %2 locally relevant targets are addressed by nothing: no plan, no decided measure, no case in the pipeline (marked). Decided measures (approved or decided cases) and the pipeline (drafts, in review) are kept apart.</source>
      <translation>%1 av %2 lokalt relevante delmål har ingenting som tar tak i dem: ingen plan, intet vedtatt tiltak, ingen sak under arbeid (markert). Vedtatte tiltak (godkjente eller vedtatte saker) og saker under arbeid (utkast, til godkjenning) holdes fra hverandre.</translation>
    </message>
    <message>
      <location filename="../steering/plans_view.py" line="207" />
      <source>Remove plan</source>
      <translation>Fjern plan</translation>
    </message>
    <message>
      <location filename="../steering/plans_view.py" line="208" />
      <source>Remove “%1” from the register?</source>
      <translation>Fjerne «%1» fra registeret?</translation>
    </message>
    <message>
      <location filename="../steering/plans_view.py" line="215" />
      <source>Import plans</source>
      <translation>Importer planer</translation>
    </message>
    <message>
      <location filename="../steering/plans_view.py" line="215" />
      <location filename="../steering/plans_view.py" line="235" />
      <source>Plan files (*.yaml *.yml)</source>
      <translation>Planfiler (*.yaml *.yml)</translation>
    </message>
    <message>
      <location filename="../steering/plans_view.py" line="223" />
      <source>Nothing was imported from %1:</source>
      <translation>Ingenting ble importert fra %1:</translation>
    </message>
    <message>
      <location filename="../steering/plans_view.py" line="227" />
      <source>%1 cannot be read: %2</source>
      <translation>%1 kan ikke leses: %2</translation>
    </message>
    <message>
      <location filename="../steering/plans_view.py" line="234" />
      <source>Export plans</source>
      <translation>Eksporter planer</translation>
    </message>
    <message>
      <location filename="../steering/plans_view.py" line="243" />
      <source>%1 cannot be written: %2</source>
      <translation>%1 kan ikke skrives: %2</translation>
    </message>
    <message numerus="yes">
      <location filename="../steering/plans_view.py" line="246" />
      <source>%n plan(s) written to %1.</source>
      <translation>
        <numerusform>%n plan skrevet til %1.</numerusform>
        <numerusform>%n planer skrevet til %1.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>PortfolioCharts</name>
    <message>
      <location filename="../comparison/portfolio_charts.py" line="45" />
      <location filename="../comparison/portfolio_charts.py" line="120" />
      <source>Positive</source>
      <translation>Positiv</translation>
    </message>
    <message>
      <location filename="../comparison/portfolio_charts.py" line="46" />
      <location filename="../comparison/portfolio_charts.py" line="121" />
      <source>Negative</source>
      <translation>Negativ</translation>
    </message>
    <message>
      <location filename="../comparison/portfolio_charts.py" line="52" />
      <source>Goal %1 %2 – cases contributing positively: %3, negatively: %4, mixed: %5.</source>
      <translation>Mål %1 %2 – saker med positivt bidrag: %3, negativt: %4, blandet: %5.</translation>
    </message>
    <message>
      <location filename="../comparison/portfolio_charts.py" line="79" />
      <source>no year</source>
      <translation>uten år</translation>
    </message>
    <message>
      <location filename="../comparison/portfolio_charts.py" line="80" />
      <source>%1: %2 t CO2e per year (cases: %3)</source>
      <translation>%1: %2 tonn CO2e per år (saker: %3)</translation>
    </message>
    <message>
      <location filename="../comparison/portfolio_charts.py" line="83" />
      <source>in force from then %1</source>
      <translation>samlet virkning fra da %1</translation>
    </message>
    <message>
      <location filename="../comparison/portfolio_charts.py" line="93" />
      <source>Harm, not mitigated</source>
      <translation>Negativ, ikke avbøtet</translation>
    </message>
    <message>
      <location filename="../comparison/portfolio_charts.py" line="95" />
      <source>Harm, mitigated</source>
      <translation>Negativ, avbøtet</translation>
    </message>
    <message>
      <location filename="../comparison/portfolio_charts.py" line="97" />
      <source>Gain</source>
      <translation>Positiv</translation>
    </message>
    <message>
      <location filename="../comparison/portfolio_charts.py" line="103" />
      <source>%1 – cases harming it: %2 (without mitigation: %3); cases benefiting it: %4.</source>
      <translation>%1 – saker med negativ virkning: %2 (uten avbøtende tiltak: %3); saker med positiv virkning: %4.</translation>
    </message>
    <message>
      <location filename="../comparison/portfolio_charts.py" line="127" />
      <source>%1 – cases positive: %2, negative: %3; net %4.</source>
      <translation>%1 – saker med positiv virkning: %2, negativ: %3; netto %4.</translation>
    </message>
    <message>
      <location filename="../comparison/portfolio_charts.py" line="128" />
      <source>net %1</source>
      <translation>netto %1</translation>
    </message>
  </context>
  <context>
    <name>PortfolioSteering</name>
    <message>
      <location filename="../steering/portfolio_section.py" line="62" />
      <source>Indicator targets: where we stand</source>
      <translation>Indikatormål: hvor vi står</translation>
    </message>
    <message>
      <location filename="../steering/portfolio_section.py" line="67" />
      <source>Indicator</source>
      <translation>Indikator</translation>
    </message>
    <message>
      <location filename="../steering/portfolio_section.py" line="67" />
      <source>Target</source>
      <translation>Mål</translation>
    </message>
    <message>
      <location filename="../steering/portfolio_section.py" line="67" />
      <source>Latest</source>
      <translation>Siste tall</translation>
    </message>
    <message>
      <location filename="../steering/portfolio_section.py" line="68" />
      <source>Gap</source>
      <translation>Avstand</translation>
    </message>
    <message>
      <location filename="../steering/portfolio_section.py" line="68" />
      <source>Path</source>
      <translation>Utvikling</translation>
    </message>
    <message>
      <location filename="../steering/portfolio_section.py" line="69" />
      <source>Indicator targets</source>
      <translation>Indikatormål</translation>
    </message>
    <message>
      <location filename="../steering/portfolio_section.py" line="71" />
      <source>What addresses the locally relevant SDG targets</source>
      <translation>Hva som tar tak i de lokalt relevante delmålene</translation>
    </message>
    <message>
      <location filename="../steering/portfolio_section.py" line="79" />
      <source>SDG target</source>
      <translation>Delmål</translation>
    </message>
    <message>
      <location filename="../steering/portfolio_section.py" line="79" />
      <source>Plans</source>
      <translation>Planer</translation>
    </message>
    <message>
      <location filename="../steering/portfolio_section.py" line="80" />
      <source>Decided measures</source>
      <translation>Vedtatte tiltak</translation>
    </message>
    <message>
      <location filename="../steering/portfolio_section.py" line="80" />
      <source>Pipeline</source>
      <translation>Under arbeid</translation>
    </message>
    <message>
      <location filename="../steering/portfolio_section.py" line="81" />
      <source>Coverage of locally relevant SDG targets</source>
      <translation>Dekning av lokalt relevante delmål</translation>
    </message>
    <message>
      <location filename="../steering/portfolio_section.py" line="93" />
      <source>at most</source>
      <translation>høyst</translation>
    </message>
    <message>
      <location filename="../steering/portfolio_section.py" line="93" />
      <source>at least</source>
      <translation>minst</translation>
    </message>
    <message>
      <location filename="../steering/portfolio_section.py" line="94" />
      <source>configuration</source>
      <translation>konfigurasjonen</translation>
    </message>
    <message>
      <location filename="../steering/portfolio_section.py" line="95" />
      <source>set in the program</source>
      <translation>satt i programmet</translation>
    </message>
    <message>
      <location filename="../steering/portfolio_section.py" line="107" />
      <source>%1 of %2 locally relevant targets are addressed by nothing (marked).</source>
      <translation>%1 av %2 lokalt relevante delmål har ingenting som tar tak i dem (markert).</translation>
    </message>
  </context>
  <context>
    <name>PortfolioView</name>
    <message>
      <location filename="../comparison/portfolio_view.py" line="97" />
      <source>Sustainability portfolio</source>
      <translation>Bærekraftsportefølje</translation>
    </message>
    <message>
      <location filename="../comparison/portfolio_view.py" line="104" />
      <source>E&amp;xport report (PDF) …</source>
      <translation>Eksporter rapport (&amp;PDF) …</translation>
    </message>
    <message>
      <location filename="../comparison/portfolio_view.py" line="106" />
      <source>Save the portfolio of the cases shown as a PDF/A report</source>
      <translation>Lagre porteføljen for sakene som vises som en PDF/A-rapport</translation>
    </message>
    <message>
      <location filename="../comparison/portfolio_view.py" line="121" />
      <source>SDG goals</source>
      <translation>Bærekraftsmål</translation>
    </message>
    <message>
      <location filename="../comparison/portfolio_view.py" line="122" />
      <source>Climate budget by year</source>
      <translation>Klimabudsjett etter år</translation>
    </message>
    <message>
      <location filename="../comparison/portfolio_view.py" line="123" />
      <source>Cut</source>
      <translation>Kutt</translation>
    </message>
    <message>
      <location filename="../comparison/portfolio_view.py" line="123" />
      <source>Increase</source>
      <translation>Økning</translation>
    </message>
    <message>
      <location filename="../comparison/portfolio_view.py" line="123" />
      <source>Total in force</source>
      <translation>Samlet virkning</translation>
    </message>
    <message>
      <location filename="../comparison/portfolio_view.py" line="124" />
      <source>Distributional effects</source>
      <translation>Fordelingsvirkninger</translation>
    </message>
    <message>
      <location filename="../comparison/portfolio_view.py" line="125" />
      <source>Districts</source>
      <translation>Bydeler</translation>
    </message>
    <message>
      <location filename="../comparison/portfolio_view.py" line="127" />
      <source>No cases with such effects.</source>
      <translation>Ingen saker med slike virkninger.</translation>
    </message>
    <message>
      <location filename="../comparison/portfolio_view.py" line="129" />
      <source>No approved or decided measure with a quantified direct effect.</source>
      <translation>Ingen godkjente eller vedtatte tiltak med tallfestet direkte virkning.</translation>
    </message>
    <message>
      <location filename="../comparison/portfolio_view.py" line="133" />
      <source>Cases contributing to each goal, from confirmed SDG targets; ± cases with a mixed contribution.</source>
      <translation>Saker som bidrar til hvert mål, ut fra bekreftede delmål; ± saker med blandet bidrag.</translation>
    </message>
    <message>
      <location filename="../comparison/portfolio_view.py" line="135" />
      <source>Cases with a positive and a negative effect in each district; net: the sum of the ratings (−3 to +3).</source>
      <translation>Saker med positiv og negativ virkning i hver bydel; netto: summen av vurderingene (−3 til +3).</translation>
    </message>
    <message>
      <location filename="../comparison/portfolio_view.py" line="137" />
      <source>Change in t CO2e per year against the zero alternative by the year it starts: direct effects of approved and decided cases only.</source>
      <translation>Endring i tonn CO2e per år mot nullalternativet etter året virkningen starter: bare direkte virkning i godkjente og vedtatte saker.</translation>
    </message>
    <message>
      <location filename="../comparison/portfolio_view.py" line="140" />
      <source>Cases harming or benefiting each group, and whether the harm has a written mitigation.</source>
      <translation>Saker med negativ eller positiv virkning for hver gruppe, og om den negative virkningen har avbøtende tiltak.</translation>
    </message>
    <message>
      <location filename="../comparison/portfolio_view.py" line="203" />
      <source>Working out the portfolio …</source>
      <translation>Regner ut porteføljen …</translation>
    </message>
    <message>
      <location filename="../comparison/portfolio_view.py" line="214" />
      <source>all cases</source>
      <translation>alle saker</translation>
    </message>
    <message numerus="yes">
      <location filename="../comparison/portfolio_view.py" line="215" />
      <source>Selection: %1 (%n case(s)).</source>
      <translation>
        <numerusform>Utvalg: %1 (%n sak).</numerusform>
        <numerusform>Utvalg: %1 (%n saker).</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../comparison/portfolio_view.py" line="228" />
      <source>The portfolio could not be worked out: %1</source>
      <translation>Porteføljen kunne ikke regnes ut: %1</translation>
    </message>
    <message>
      <location filename="../comparison/portfolio_view.py" line="254" />
      <source>Export the portfolio report</source>
      <translation>Eksporter porteføljerapporten</translation>
    </message>
    <message>
      <location filename="../comparison/portfolio_view.py" line="255" />
      <source>portfolio</source>
      <translation>portefølje</translation>
    </message>
    <message>
      <location filename="../comparison/portfolio_view.py" line="256" />
      <source>PDF documents (*.pdf)</source>
      <translation>PDF-dokumenter (*.pdf)</translation>
    </message>
    <message>
      <location filename="../comparison/portfolio_view.py" line="268" />
      <source>Making the portfolio report …</source>
      <translation>Lager porteføljerapporten …</translation>
    </message>
    <message>
      <source>Cases with a positive and a negative effect in each bydel; net: the sum of the ratings (−3 to +3).</source>
      <translation>Saker med positiv og negativ virkning i hver bydel; netto: summen av vurderingene (−3 til +3).</translation>
    </message>
    <message>
      <source>Change in t CO2e per year against the zero alternative by the year it starts, approved and decided cases only.</source>
      <translation>Endring i tonn CO2e per år mot nullalternativet etter året virkningen starter, bare godkjente og vedtatte saker.</translation>
    </message>
  </context>
  <context>
    <name>ProfileDialog</name>
    <message>
      <location filename="../profile_dialog.py" line="27" />
      <source>Settings</source>
      <translation>Innstillinger</translation>
    </message>
    <message>
      <location filename="../profile_dialog.py" line="27" />
      <source>Who are you?</source>
      <translation>Hvem er du?</translation>
    </message>
    <message>
      <location filename="../profile_dialog.py" line="29" />
      <source>Used as the defaults when you start a new case, and recorded with every status change you make (review, approval, decision).</source>
      <translation>Brukes som utgangspunkt når du starter en ny sak, og registreres med hver statusendring du gjør (gjennomgang, godkjenning, vedtak).</translation>
    </message>
    <message>
      <location filename="../profile_dialog.py" line="32" />
      <source>Welcome to ImpactApp. Please give your name and unit first.</source>
      <translation>Velkommen til ImpactApp. Oppgi navnet ditt og enheten din først.</translation>
    </message>
    <message>
      <location filename="../profile_dialog.py" line="41" />
      <source>Your name</source>
      <translation>Navnet ditt</translation>
    </message>
    <message>
      <location filename="../profile_dialog.py" line="42" />
      <source>Unit (agency, district or enterprise)</source>
      <translation>Enhet (etat, bydel eller virksomhet)</translation>
    </message>
    <message>
      <location filename="../profile_dialog.py" line="43" />
      <source>Municipality</source>
      <translation>Kommune</translation>
    </message>
    <message>
      <location filename="../profile_dialog.py" line="65" />
      <source>“%1” is a system account, not a person; give your own name.</source>
      <translation>«%1» er en systemkonto, ikke en person; oppgi ditt eget navn.</translation>
    </message>
    <message>
      <location filename="../profile_dialog.py" line="68" />
      <source>Your name is required: it is recorded with every status change.</source>
      <translation>Navnet ditt må fylles ut: det registreres med hver statusendring.</translation>
    </message>
    <message>
      <source>Used as the defaults when you start a new case.</source>
      <translation>Brukes som utgangspunkt når du starter en ny sak.</translation>
    </message>
    <message>
      <source>Unit (etat, bydel or virksomhet)</source>
      <translation>Enhet (etat, bydel eller virksomhet)</translation>
    </message>
  </context>
  <context>
    <name>RatingDelegate</name>
    <message>
      <location filename="../fields/rating_cell.py" line="184" />
      <location filename="../fields/rating_cell.py" line="188" />
      <source>Rating</source>
      <translation>Vurdering</translation>
    </message>
    <message>
      <location filename="../fields/rating_cell.py" line="199" />
      <source>Remove rating</source>
      <translation>Fjern vurderingen</translation>
    </message>
  </context>
  <context>
    <name>RatingGridModel</name>
    <message>
      <location filename="../fields/rating_grid.py" line="189" />
      <source>certainty %1 %2</source>
      <translation>sikkerhet %1 %2</translation>
    </message>
  </context>
  <context>
    <name>RatingGridView</name>
    <message>
      <location filename="../fields/rating_view.py" line="133" />
      <source>Rating removed (Ctrl+Z undoes it).</source>
      <translation>Vurderingen er fjernet (Ctrl+Z angrer).</translation>
    </message>
    <message>
      <location filename="../fields/rating_view.py" line="156" />
      <source>“%1” is not on this criterion's scale (%2).</source>
      <translation>«%1» er ikke på kriteriets skala (%2).</translation>
    </message>
  </context>
  <context>
    <name>RatingStyle</name>
    <message>
      <location filename="../fields/rating_style.py" line="58" />
      <source>Unknown (knowledge gap)</source>
      <extracomment>UI.md's palette, shared with the memo and the spreadsheet export. Certainty as a shape, so it never depends on colour: filled, half, hollow.</extracomment>
      <translation>Ukjent (kunnskapshull)</translation>
    </message>
    <message>
      <location filename="../fields/rating_style.py" line="73" />
      <source>Not rated</source>
      <translation>Ikke vurdert</translation>
    </message>
  </context>
  <context>
    <name>RatingsField</name>
    <message>
      <location filename="../fields/ratings.py" line="61" />
      <source>Measures</source>
      <translation>Tiltak</translation>
    </message>
    <message>
      <location filename="../fields/ratings.py" line="62" />
      <source>Criteria</source>
      <translation>Kriterier</translation>
    </message>
    <message>
      <location filename="../fields/ratings.py" line="92" />
      <source>Certainty: %1</source>
      <translation>Sikkerhet: %1</translation>
    </message>
    <message>
      <location filename="../fields/ratings.py" line="100" />
      <source>There is no measure to rate yet: add one in the Alternatives step. Each measure is rated against the zero alternative.</source>
      <translation>Det er ikke noe tiltak å vurdere ennå: legg til et i steget Alternativer. Hvert tiltak vurderes mot nullalternativet.</translation>
    </message>
    <message>
      <location filename="../fields/ratings.py" line="105" />
      <source>Each measure is rated against the zero alternative, “%1”, which is the reference and is not rated itself.</source>
      <translation>Hvert tiltak vurderes mot nullalternativet, «%1», som er referansen og ikke vurderes selv.</translation>
    </message>
    <message>
      <location filename="../fields/ratings.py" line="109" />
      <source>Each measure is rated against the zero alternative.</source>
      <translation>Hvert tiltak vurderes mot nullalternativet.</translation>
    </message>
    <message numerus="yes">
      <location filename="../fields/ratings.py" line="112" />
      <source>Show all criteria (%n screened out)</source>
      <translation>
        <numerusform>Vis alle kriterier (%n avgrenset bort)</numerusform>
        <numerusform>Vis alle kriterier (%n avgrenset bort)</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../fields/ratings.py" line="122" />
      <source>Type %1, ? for unknown or n for not relevant; Enter opens a list of values; Delete removes a rating.</source>
      <translation>Skriv %1, ? for ukjent eller n for ikke relevant; Enter åpner en liste med verdier; Delete fjerner en vurdering.</translation>
    </message>
    <message numerus="yes">
      <location filename="../fields/ratings.py" line="201" />
      <source>Ratings that need attention: %n, marked with ! in the table.</source>
      <translation>
        <numerusform>Vurderinger som trenger oppfølging: %n, merket med ! i tabellen.</numerusform>
        <numerusform>Vurderinger som trenger oppfølging: %n, merket med ! i tabellen.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>RatingsModel</name>
    <message>
      <location filename="../fields/ratings_model.py" line="65" />
      <source>Screened out as not relevant: %1</source>
      <translation>Avgrenset bort som ikke relevant: %1</translation>
    </message>
    <message>
      <location filename="../fields/ratings_model.py" line="92" />
      <source>Rating of %1</source>
      <translation>Vurdering av %1</translation>
    </message>
  </context>
  <context>
    <name>RegionPickerDialog</name>
    <message>
      <location filename="../indicators/region_picker.py" line="48" />
      <source>Select all</source>
      <translation>Velg alle</translation>
    </message>
    <message>
      <location filename="../indicators/region_picker.py" line="49" />
      <source>Clear</source>
      <translation>Fjern alle</translation>
    </message>
    <message>
      <location filename="../indicators/region_picker.py" line="55" />
      <source>Back to the default</source>
      <translation>Tilbake til standard</translation>
    </message>
    <message>
      <location filename="../indicators/region_picker.py" line="68" />
      <source>Add a municipality (number and name):</source>
      <translation>Legg til en kommune (nummer og navn):</translation>
    </message>
    <message>
      <location filename="../indicators/region_picker.py" line="71" />
      <source>e.g. 1108 Sandnes</source>
      <translation>f.eks. 1108 Sandnes</translation>
    </message>
    <message>
      <location filename="../indicators/region_picker.py" line="72" />
      <source>Municipality number and name</source>
      <translation>Kommunenummer og navn</translation>
    </message>
    <message>
      <location filename="../indicators/region_picker.py" line="74" />
      <source>Add</source>
      <translation>Legg til</translation>
    </message>
    <message>
      <location filename="../indicators/region_picker.py" line="130" />
      <source>Write the four-digit municipality number and the name, e.g. 1108 Sandnes.</source>
      <translation>Skriv det firesifrede kommunenummeret og navnet, f.eks. 1108 Sandnes.</translation>
    </message>
  </context>
  <context>
    <name>ReviewField</name>
    <message>
      <location filename="../fields/review.py" line="31" />
      <source>Step</source>
      <translation>Steg</translation>
    </message>
    <message>
      <location filename="../fields/review.py" line="31" />
      <source>Verdict</source>
      <translation>Vurdering</translation>
    </message>
    <message>
      <location filename="../fields/review.py" line="31" />
      <source>Reviewer's note</source>
      <translation>Merknad</translation>
    </message>
    <message>
      <location filename="../fields/review.py" line="32" />
      <source>Caseworker's answer</source>
      <translation>Saksbehandlers svar</translation>
    </message>
    <message>
      <location filename="../fields/review.py" line="78" />
      <location filename="../fields/review.py" line="202" />
      <source>Verdict on %1</source>
      <translation>Vurdering av %1</translation>
    </message>
    <message>
      <location filename="../fields/review.py" line="83" />
      <source>Reviewer's note on %1</source>
      <translation>Merknad til %1</translation>
    </message>
    <message>
      <location filename="../fields/review.py" line="85" />
      <source>Caseworker's answer on %1</source>
      <translation>Svar på merknaden til %1</translation>
    </message>
    <message>
      <location filename="../fields/review.py" line="113" />
      <source>(given before the case was taken back to draft: confirm it)</source>
      <translation>(gitt før saken ble tatt tilbake til utkast: bekreft den)</translation>
    </message>
    <message>
      <location filename="../fields/review.py" line="136" />
      <source>Status: %1</source>
      <translation>Status: %1</translation>
    </message>
    <message>
      <location filename="../fields/review.py" line="140" />
      <source>The case is decided; its status cannot change.</source>
      <translation>Saken er vedtatt; statusen kan ikke endres.</translation>
    </message>
    <message>
      <location filename="../fields/review.py" line="146" />
      <source>Nothing blocks sending the case for review.</source>
      <translation>Ingenting hindrer at saken sendes til godkjenning.</translation>
    </message>
    <message>
      <location filename="../fields/review.py" line="147" />
      <source>Before the case can be sent for review:</source>
      <translation>Før saken kan sendes til godkjenning:</translation>
    </message>
    <message>
      <location filename="../fields/review.py" line="148" />
      <source>Nothing blocks approving the case.</source>
      <translation>Ingenting hindrer at saken godkjennes.</translation>
    </message>
    <message>
      <location filename="../fields/review.py" line="149" />
      <source>Before the case can be approved:</source>
      <translation>Før saken kan godkjennes:</translation>
    </message>
    <message>
      <location filename="../fields/review.py" line="150" />
      <source>Nothing blocks recording the decision.</source>
      <translation>Ingenting hindrer at vedtaket registreres.</translation>
    </message>
    <message>
      <location filename="../fields/review.py" line="151" />
      <source>Before the decision can be recorded:</source>
      <translation>Før vedtaket kan registreres:</translation>
    </message>
    <message numerus="yes">
      <location filename="../fields/review.py" line="157" />
      <source>… and %n more</source>
      <translation>
        <numerusform>… og %n til</numerusform>
        <numerusform>… og %n til</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../fields/review.py" line="210" />
      <source>Note on %1</source>
      <translation>Merknad til %1</translation>
    </message>
    <message>
      <location filename="../fields/review.py" line="210" />
      <source>Answer on %1</source>
      <translation>Svar på merknaden til %1</translation>
    </message>
  </context>
  <context>
    <name>SaveFailureBar</name>
    <message>
      <location filename="../wizard/save_bar.py" line="35" />
      <source>Export case file</source>
      <translation>Eksporter saksfil</translation>
    </message>
    <message>
      <location filename="../wizard/save_bar.py" line="53" />
      <source>The case could not be written to %1: %2</source>
      <translation>Saken kunne ikke skrives til %1: %2</translation>
    </message>
    <message>
      <location filename="../wizard/save_bar.py" line="74" />
      <source>Not saved</source>
      <translation>Ikke lagret</translation>
    </message>
    <message>
      <location filename="../wizard/save_bar.py" line="75" />
      <source>&amp;Try again now</source>
      <translation>&amp;Prøv igjen nå</translation>
    </message>
    <message>
      <location filename="../wizard/save_bar.py" line="76" />
      <source>&amp;Export to a file …</source>
      <translation>&amp;Eksporter til fil …</translation>
    </message>
    <message>
      <location filename="../wizard/save_bar.py" line="90" />
      <source>Your changes could not be saved: %1 They are kept in this window; export them to a file to keep them.</source>
      <translation>Endringene dine kunne ikke lagres: %1 De er tatt vare på i dette vinduet; eksporter dem til en fil for å beholde dem.</translation>
    </message>
    <message>
      <location filename="../wizard/save_bar.py" line="94" />
      <source>Your latest changes could not be saved: %1 They are kept in this window, and ImpactApp tries again every few seconds. The database file has not been changed.</source>
      <translation>De siste endringene dine kunne ikke lagres: %1 De er tatt vare på i dette vinduet, og ImpactApp prøver igjen med noen sekunders mellomrom. Databasefilen er ikke endret.</translation>
    </message>
  </context>
  <context>
    <name>ScreeningField</name>
    <message>
      <location filename="../fields/screening.py" line="212" />
      <location filename="../fields/screening.py" line="224" />
      <source>Relevant criteria</source>
      <translation>Relevante kriterier</translation>
    </message>
    <message>
      <location filename="../fields/screening.py" line="233" />
      <location filename="../fields/screening.py" line="242" />
      <source>Reason not relevant</source>
      <translation>Begrunnelse for ikke relevant</translation>
    </message>
  </context>
  <context>
    <name>ScreeningQuestionsField</name>
    <message>
      <location filename="../fields/screening_questions.py" line="77" />
      <source>Use the suggested depth</source>
      <translation>Bruk foreslått nivå</translation>
    </message>
    <message>
      <location filename="../fields/screening_questions.py" line="78" />
      <source>Write the reason</source>
      <translation>Skriv begrunnelsen</translation>
    </message>
    <message>
      <location filename="../fields/screening_questions.py" line="104" />
      <source>Screening answer</source>
      <translation>Svar i screeningen</translation>
    </message>
    <message>
      <location filename="../fields/screening_questions.py" line="109" />
      <source>Depth</source>
      <translation>Utredningsnivå</translation>
    </message>
    <message>
      <location filename="../fields/screening_questions.py" line="130" />
      <source>Reason for the chosen depth</source>
      <translation>Begrunnelse for valgt nivå</translation>
    </message>
    <message>
      <location filename="../fields/screening_questions.py" line="134" />
      <source>Minimum: the six questions of the Instructions for Official Studies answered, and one rating per pillar for each measure.</source>
      <translation>Minimum: de seks spørsmålene i utredningsinstruksen besvart, og én vurdering per søyle for hvert tiltak.</translation>
    </message>
    <message>
      <location filename="../fields/screening_questions.py" line="136" />
      <source>Simplified: every relevant criterion rated for each measure.</source>
      <translation>Forenklet: hvert relevant kriterium vurdert for hvert tiltak.</translation>
    </message>
    <message>
      <location filename="../fields/screening_questions.py" line="138" />
      <source>Full: as simplified, plus the climate effect, costs in NOK, uncertainty, the effect per city district and at least one indicator.</source>
      <translation>Full: som forenklet, og i tillegg klimaeffekt, kostnader i kroner, usikkerhet, virkning per bydel og minst én indikator.</translation>
    </message>
    <message>
      <location filename="../fields/screening_questions.py" line="160" />
      <source>Answer the questions to get a suggested depth.</source>
      <translation>Svar på spørsmålene for å få et forslag til utredningsnivå.</translation>
    </message>
    <message>
      <location filename="../fields/screening_questions.py" line="165" />
      <source>Suggested depth: %1</source>
      <translation>Foreslått utredningsnivå: %1</translation>
    </message>
    <message>
      <location filename="../fields/screening_questions.py" line="173" />
      <source>You have chosen %1, which differs from the suggestion. Give the reason in “%2”.</source>
      <translation>Du har valgt %1, som avviker fra forslaget. Begrunn valget i «%2».</translation>
    </message>
    <message>
      <location filename="../fields/screening_questions.py" line="178" />
      <source>The chosen depth, %1, follows the suggestion.</source>
      <translation>Valgt nivå, %1, følger forslaget.</translation>
    </message>
  </context>
  <context>
    <name>SdgTargets</name>
    <message>
      <location filename="../fields/target_picker.py" line="128" />
      <source>Positive</source>
      <translation>Positivt</translation>
    </message>
    <message>
      <location filename="../fields/target_picker.py" line="129" />
      <source>Negative</source>
      <translation>Negativt</translation>
    </message>
    <message>
      <location filename="../fields/target_picker.py" line="130" />
      <source>Mixed</source>
      <translation>Blandet</translation>
    </message>
    <message>
      <location filename="../fields/target_picker.py" line="142" />
      <source>(unofficial translation)</source>
      <translation>(uoffisiell oversettelse)</translation>
    </message>
    <message>
      <location filename="../fields/target_picker.py" line="149" />
      <source>high</source>
      <translation>høy</translation>
    </message>
    <message>
      <location filename="../fields/target_picker.py" line="150" />
      <source>some</source>
      <translation>noe</translation>
    </message>
    <message>
      <location filename="../fields/target_picker.py" line="151" />
      <source>low</source>
      <translation>lav</translation>
    </message>
    <message>
      <location filename="../fields/target_picker.py" line="165" />
      <source>Target %1 · Goal %2 %3</source>
      <translation>Delmål %1 · Mål %2 %3</translation>
    </message>
    <message>
      <location filename="../fields/target_picker.py" line="169" />
      <source>Local relevance: %1 – %2</source>
      <translation>Lokal relevans: %1 – %2</translation>
    </message>
    <message>
      <location filename="../fields/target_picker.py" line="173" />
      <source>Linked criteria: %1</source>
      <translation>Knyttet til kriteriene: %1</translation>
    </message>
  </context>
  <context>
    <name>SdgTargetsField</name>
    <message>
      <location filename="../fields/sdg.py" line="112" />
      <source>The case has no measures yet. Add them under Alternatives.</source>
      <translation>Saken har ingen tiltak ennå. Legg dem til under Alternativer.</translation>
    </message>
    <message numerus="yes">
      <location filename="../fields/sdg.py" line="137" />
      <source>Confirmed targets (%n)</source>
      <translation>
        <numerusform>Bekreftet delmål (%n)</numerusform>
        <numerusform>Bekreftede delmål (%n)</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../fields/sdg.py" line="139" />
      <source>No confirmed targets yet.</source>
      <translation>Ingen bekreftede delmål ennå.</translation>
    </message>
    <message>
      <location filename="../fields/sdg.py" line="359" />
      <source>Confirm all suggested targets</source>
      <translation>Bekreft alle foreslåtte delmål</translation>
    </message>
    <message>
      <location filename="../fields/sdg.py" line="252" />
      <source>No suggestions: no criterion is rated positive or negative for this measure.</source>
      <translation>Ingen forslag: ingen kriterier er vurdert som positive eller negative for dette tiltaket.</translation>
    </message>
    <message>
      <location filename="../fields/sdg.py" line="147" />
      <source>Add a target …</source>
      <translation>Legg til delmål …</translation>
    </message>
    <message>
      <location filename="../fields/sdg.py" line="173" />
      <source>Goal %1: %2</source>
      <translation>Mål %1: %2</translation>
    </message>
    <message>
      <location filename="../fields/sdg.py" line="185" />
      <source>Added by the caseworker</source>
      <translation>Lagt til av saksbehandler</translation>
    </message>
    <message>
      <location filename="../fields/sdg.py" line="192" />
      <source>Suggested by: %1</source>
      <translation>Foreslått ut fra: %1</translation>
    </message>
    <message>
      <location filename="../fields/sdg.py" line="203" />
      <source>Contribution to target %1</source>
      <translation>Bidrag til delmål %1</translation>
    </message>
    <message>
      <location filename="../fields/sdg.py" line="208" />
      <source>Remove</source>
      <translation>Fjern</translation>
    </message>
    <message>
      <location filename="../fields/sdg.py" line="210" />
      <source>Remove target %1</source>
      <translation>Fjern delmål %1</translation>
    </message>
    <message>
      <location filename="../fields/sdg.py" line="214" />
      <source>suggested: %1</source>
      <translation>forslaget: %1</translation>
    </message>
    <message>
      <location filename="../fields/sdg.py" line="218" />
      <source>Note (optional)</source>
      <translation>Merknad (valgfritt)</translation>
    </message>
    <message>
      <location filename="../fields/sdg.py" line="219" />
      <source>Note on target %1</source>
      <translation>Merknad til delmål %1</translation>
    </message>
    <message>
      <location filename="../fields/sdg.py" line="268" />
      <source>Target %1</source>
      <translation>Delmål %1</translation>
    </message>
    <message>
      <location filename="../fields/sdg.py" line="309" />
      <source>Confirm SDG target %1</source>
      <translation>Bekreft delmål %1</translation>
    </message>
    <message>
      <location filename="../fields/sdg.py" line="366" />
      <source>Remove SDG target %1</source>
      <translation>Fjern delmål %1</translation>
    </message>
    <message>
      <location filename="../fields/sdg.py" line="206" />
      <source>Contribution to SDG target %1</source>
      <translation>Bidrag til delmål %1</translation>
    </message>
    <message>
      <location filename="../fields/sdg.py" line="134" />
      <source>Contribution per goal (confirmed targets)</source>
      <translation>Bidrag per bærekraftsmål (bekreftede delmål)</translation>
    </message>
    <message>
      <location filename="../fields/sdg.py" line="222" />
      <source>Note on SDG target %1</source>
      <translation>Merknad til delmål %1</translation>
    </message>
    <message>
      <location filename="../fields/sdg.py" line="251" />
      <source>Every suggestion is confirmed or dismissed.</source>
      <translation>Alle forslag er bekreftet eller avvist.</translation>
    </message>
    <message>
      <location filename="../fields/sdg.py" line="320" />
      <source>Dismiss SDG target %1</source>
      <translation>Avvis delmål %1</translation>
    </message>
    <message>
      <location filename="../fields/sdg.py" line="340" />
      <source>Restore SDG target %1</source>
      <translation>Gjenopprett delmål %1</translation>
    </message>
    <message>
      <location filename="../fields/sdg.py" line="395" />
      <source>Add SDG target %1</source>
      <translation>Legg til delmål %1</translation>
    </message>
    <message numerus="yes">
      <source>Suggestions (%n)</source>
      <translation>
        <numerusform>Forslag (%n)</numerusform>
        <numerusform>Forslag (%n)</numerusform>
      </translation>
    </message>
    <message>
      <source>Confirm all</source>
      <translation>Bekreft alle</translation>
    </message>
    <message>
      <source>Every suggestion is confirmed.</source>
      <translation>Alle forslag er bekreftet.</translation>
    </message>
    <message>
      <source>Confirm</source>
      <translation>Bekreft</translation>
    </message>
    <message>
      <source>Confirm target %1</source>
      <translation>Bekreft delmål %1</translation>
    </message>
  </context>
  <context>
    <name>SharedDatabaseActions</name>
    <message>
      <location filename="../shared_actions.py" line="106" />
      <source>Someone else saved this case; it shows their version now.</source>
      <extracomment>How soon a reload that found the server gone is tried again. The user connected to a shared database: the program goes on with this store. Others' changes were taken in (the case ids, or None: everything was read again).</extracomment>
      <translation>Noen andre lagret denne saken; nå vises deres versjon.</translation>
    </message>
  </context>
  <context>
    <name>SidePanels</name>
    <message>
      <location filename="../wizard/desk.py" line="57" />
      <location filename="../wizard/desk.py" line="59" />
      <location filename="../wizard/desk.py" line="60" />
      <source>Steps and guidance</source>
      <translation>Steg og veiledning</translation>
    </message>
    <message>
      <location filename="../wizard/desk.py" line="58" />
      <source>Show or hide the step list and the guidance (F9)</source>
      <translation>Vis eller skjul steglisten og veiledningen (F9)</translation>
    </message>
    <message>
      <location filename="../wizard/desk.py" line="66" />
      <source>Step</source>
      <translation>Steg</translation>
    </message>
    <message>
      <location filename="../wizard/desk.py" line="71" />
      <source>Step %1 of %2</source>
      <translation>Steg %1 av %2</translation>
    </message>
  </context>
  <context>
    <name>StatusActions</name>
    <message>
      <location filename="../wizard/status_actions.py" line="41" />
      <source>Send to &amp;review</source>
      <translation>Send til &amp;godkjenning</translation>
    </message>
    <message>
      <location filename="../wizard/status_actions.py" line="42" />
      <source>Take back to &amp;draft</source>
      <translation>&amp;Tilbake til utkast</translation>
    </message>
    <message>
      <location filename="../wizard/status_actions.py" line="43" />
      <source>&amp;Approve</source>
      <translation>&amp;Godkjenn</translation>
    </message>
    <message>
      <location filename="../wizard/status_actions.py" line="44" />
      <source>Mark as &amp;decided</source>
      <translation>Merk som &amp;vedtatt</translation>
    </message>
    <message>
      <location filename="../wizard/status_actions.py" line="46" />
      <source>Start a &amp;new revision</source>
      <translation>Start en &amp;ny revisjon</translation>
    </message>
    <message>
      <location filename="../wizard/status_actions.py" line="49" />
      <source>Earlier &amp;revisions</source>
      <translation>Tidligere &amp;revisjoner</translation>
    </message>
    <message>
      <location filename="../wizard/status_actions.py" line="86" />
      <source>Not allowed</source>
      <translation>Ikke tillatt</translation>
    </message>
    <message>
      <location filename="../wizard/status_actions.py" line="87" />
      <source>You cannot make this change:</source>
      <translation>Du kan ikke gjøre denne endringen:</translation>
    </message>
    <message>
      <location filename="../wizard/status_actions.py" line="100" />
      <source>Approve and lock?</source>
      <translation>Godkjenne og låse?</translation>
    </message>
    <message>
      <location filename="../wizard/status_actions.py" line="98" />
      <source>Approve revision %1 of this case and lock it?</source>
      <translation>Godkjenne revisjon %1 av saken og låse den?</translation>
    </message>
    <message>
      <location filename="../wizard/status_actions.py" line="94" />
      <source>Everything in the case becomes read-only: every step's fields, the ratings, the SDG targets, the trade-offs, the recommendation and the review. The approval, with your name and the time, cannot be undone; later changes need a new revision.</source>
      <translation>Alt i saken blir skrivebeskyttet: feltene i alle steg, vurderingene, delmålene, avveiningene, anbefalingen og gjennomgangen. Godkjenningen, med navnet ditt og tidspunktet, kan ikke angres; senere endringer krever en ny revisjon.</translation>
    </message>
    <message>
      <location filename="../wizard/status_actions.py" line="101" />
      <source>Approve and lock</source>
      <translation>Godkjenn og lås</translation>
    </message>
    <message>
      <location filename="../wizard/status_actions.py" line="167" />
      <source>Revision %1, approved %2 by %3</source>
      <translation>Revisjon %1, godkjent %2 av %3</translation>
    </message>
    <message>
      <location filename="../wizard/status_actions.py" line="174" />
      <source>(none yet)</source>
      <translation>(ingen ennå)</translation>
    </message>
    <message>
      <source>&amp;Case</source>
      <translation>&amp;Sak</translation>
    </message>
    <message>
      <source>Send back to &amp;draft</source>
      <translation>Send tilbake til &amp;utkast</translation>
    </message>
    <message>
      <source>Not yet</source>
      <translation>Ikke ennå</translation>
    </message>
    <message>
      <source>The case cannot change status yet:</source>
      <translation>Saken kan ikke endre status ennå:</translation>
    </message>
  </context>
  <context>
    <name>Steering</name>
    <message>
      <location filename="../steering/words.py" line="20" />
      <source>No target set for this indicator.</source>
      <translation>Ingen mål satt for denne indikatoren.</translation>
    </message>
    <message>
      <location filename="../steering/words.py" line="25" />
      <source>Target: %1 (%2).</source>
      <translation>Mål: %1 (%2).</translation>
    </message>
    <message>
      <location filename="../steering/words.py" line="32" />
      <source>at most %1 %2 by %3</source>
      <translation>høyst %1 %2 innen %3</translation>
    </message>
    <message>
      <location filename="../steering/words.py" line="34" />
      <source>at least %1 %2 by %3</source>
      <translation>minst %1 %2 innen %3</translation>
    </message>
    <message>
      <location filename="../steering/words.py" line="42" />
      <source>from the municipality's configuration (targets.yaml)</source>
      <translation>fra kommunens konfigurasjon (targets.yaml)</translation>
    </message>
    <message>
      <location filename="../steering/words.py" line="44" />
      <source>set in the program by %1 on %2</source>
      <translation>satt i programmet av %1 %2</translation>
    </message>
    <message>
      <location filename="../steering/words.py" line="47" />
      <source>replaces the configuration's %1</source>
      <translation>erstatter konfigurasjonens %1</translation>
    </message>
    <message>
      <location filename="../steering/words.py" line="55" />
      <source>moving the right way</source>
      <translation>går riktig vei</translation>
    </message>
    <message>
      <location filename="../steering/words.py" line="57" />
      <source>moving the wrong way</source>
      <translation>går feil vei</translation>
    </message>
    <message>
      <location filename="../steering/words.py" line="59" />
      <source>no clear change</source>
      <translation>ingen tydelig endring</translation>
    </message>
    <message>
      <location filename="../steering/words.py" line="60" />
      <source>too few figures for a trend</source>
      <translation>for få tall til å vise utviklingen</translation>
    </message>
    <message>
      <location filename="../steering/words.py" line="66" />
      <source>target met</source>
      <translation>målet er nådd</translation>
    </message>
    <message>
      <location filename="../steering/words.py" line="68" />
      <source>on path to the target</source>
      <translation>i rute mot målet</translation>
    </message>
    <message>
      <location filename="../steering/words.py" line="70" />
      <source>not on path to the target</source>
      <translation>ikke i rute mot målet</translation>
    </message>
    <message>
      <location filename="../steering/words.py" line="71" />
      <source>path unknown</source>
      <translation>ukjent om det er i rute</translation>
    </message>
    <message>
      <location filename="../steering/words.py" line="77" />
      <source>No figure for the municipality yet: the gap cannot be shown.</source>
      <translation>Ingen tall for kommunen ennå: avstanden til målet kan ikke vises.</translation>
    </message>
    <message>
      <location filename="../steering/words.py" line="79" />
      <source>Latest figure %1: %2</source>
      <translation>Siste tall %1: %2</translation>
    </message>
    <message>
      <location filename="../steering/words.py" line="80" />
      <source>gap %1</source>
      <translation>avstand %1</translation>
    </message>
  </context>
  <context>
    <name>StepKeys</name>
    <message>
      <location filename="../wizard/desk.py" line="103" />
      <source>Next step</source>
      <translation>Neste steg</translation>
    </message>
    <message>
      <location filename="../wizard/desk.py" line="108" />
      <source>Previous step</source>
      <translation>Forrige steg</translation>
    </message>
  </context>
  <context>
    <name>SuggestionModel</name>
    <message>
      <location filename="../fields/suggestion_list.py" line="65" />
      <source>Dismissed: %1</source>
      <translation>Avvist: %1</translation>
    </message>
  </context>
  <context>
    <name>SuggestionsPanel</name>
    <message numerus="yes">
      <location filename="../fields/sdg_suggestions.py" line="46" />
      <source>Suggestions (%n), strongest first</source>
      <translation>
        <numerusform>Forslag (%n), det sterkeste først</numerusform>
        <numerusform>Forslag (%n), de sterkeste først</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../fields/sdg_suggestions.py" line="48" />
      <source>Suggestions: the %1 strongest of %2</source>
      <translation>Forslag: de %1 sterkeste av %2</translation>
    </message>
    <message>
      <location filename="../fields/sdg_suggestions.py" line="57" />
      <source>Confirm all</source>
      <translation>Bekreft alle</translation>
    </message>
    <message>
      <location filename="../fields/sdg_suggestions.py" line="58" />
      <source>Confirm all suggested targets</source>
      <translation>Bekreft alle foreslåtte delmål</translation>
    </message>
    <message>
      <location filename="../fields/sdg_suggestions.py" line="65" />
      <source>Up and Down choose a suggestion, Space confirms it, Delete dismisses it with a reason.</source>
      <translation>Pil opp og ned velger et forslag, mellomrom bekrefter det, Delete avviser det med en begrunnelse.</translation>
    </message>
    <message>
      <location filename="../fields/sdg_suggestions.py" line="76" />
      <source>Confirm</source>
      <translation>Bekreft</translation>
    </message>
    <message>
      <location filename="../fields/sdg_suggestions.py" line="77" />
      <source>Dismiss …</source>
      <translation>Avvis …</translation>
    </message>
    <message>
      <location filename="../fields/sdg_suggestions.py" line="78" />
      <source>Restore</source>
      <translation>Gjenopprett</translation>
    </message>
    <message>
      <location filename="../fields/sdg_suggestions.py" line="80" />
      <source>Acts on the suggestion chosen in the list above</source>
      <translation>Gjelder forslaget som er valgt i listen over</translation>
    </message>
    <message numerus="yes">
      <location filename="../fields/sdg_suggestions.py" line="87" />
      <source>Show all (%n more)</source>
      <translation>
        <numerusform>Vis alle (%n til)</numerusform>
        <numerusform>Vis alle (%n til)</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../fields/sdg_suggestions.py" line="88" />
      <source>Show all</source>
      <translation>Vis alle</translation>
    </message>
    <message>
      <location filename="../fields/sdg_suggestions.py" line="177" />
      <source>Suggested targets for %1</source>
      <translation>Foreslåtte delmål for %1</translation>
    </message>
    <message>
      <location filename="../fields/sdg_suggestions.py" line="179" />
      <source>Space confirms the chosen target, Delete dismisses it with a reason.</source>
      <translation>Mellomrom bekrefter det valgte delmålet, Delete avviser det med en begrunnelse.</translation>
    </message>
  </context>
  <context>
    <name>TargetDialog</name>
    <message>
      <location filename="../followup/target_dialog.py" line="28" />
      <source>Climate target</source>
      <translation>Klimamål</translation>
    </message>
    <message>
      <location filename="../followup/target_dialog.py" line="46" />
      <source>Cut</source>
      <translation>Kutt</translation>
    </message>
    <message>
      <location filename="../followup/target_dialog.py" line="47" />
      <source>By the year</source>
      <translation>Innen året</translation>
    </message>
    <message>
      <location filename="../followup/target_dialog.py" line="48" />
      <source>Against the base year</source>
      <translation>Mot basisåret</translation>
    </message>
    <message>
      <location filename="../followup/target_dialog.py" line="49" />
      <source>Emissions in the base year</source>
      <translation>Utslipp i basisåret</translation>
    </message>
    <message>
      <location filename="../followup/target_dialog.py" line="55" />
      <source>Save</source>
      <translation>Lagre</translation>
    </message>
    <message>
      <location filename="../followup/target_dialog.py" line="56" />
      <source>Cancel</source>
      <translation>Avbryt</translation>
    </message>
    <message>
      <location filename="../steering/target_dialog.py" line="56" />
      <source>Target for %1</source>
      <translation>Mål for %1</translation>
    </message>
    <message>
      <location filename="../steering/target_dialog.py" line="60" />
      <source>Target value</source>
      <translation>Målverdi</translation>
    </message>
    <message>
      <location filename="../steering/target_dialog.py" line="63" />
      <source>Target year</source>
      <translation>Målår</translation>
    </message>
    <message>
      <location filename="../steering/target_dialog.py" line="65" />
      <source>at most (lower is better)</source>
      <translation>høyst (lavere er bedre)</translation>
    </message>
    <message>
      <location filename="../steering/target_dialog.py" line="66" />
      <source>at least (higher is better)</source>
      <translation>minst (høyere er bedre)</translation>
    </message>
    <message>
      <location filename="../steering/target_dialog.py" line="67" />
      <location filename="../steering/target_dialog.py" line="108" />
      <source>Direction</source>
      <translation>Retning</translation>
    </message>
    <message>
      <location filename="../steering/target_dialog.py" line="68" />
      <source>&amp;Value (%1)</source>
      <translation>&amp;Verdi (%1)</translation>
    </message>
    <message>
      <location filename="../steering/target_dialog.py" line="70" />
      <source>&amp;Year</source>
      <translation>&amp;År</translation>
    </message>
    <message>
      <location filename="../steering/target_dialog.py" line="71" />
      <source>&amp;Direction</source>
      <translation>&amp;Retning</translation>
    </message>
    <message>
      <location filename="../steering/target_dialog.py" line="81" />
      <source>&amp;Remove target</source>
      <translation>&amp;Fjern målet</translation>
    </message>
    <message>
      <location filename="../steering/target_dialog.py" line="105" />
      <source>Write the target value.</source>
      <translation>Skriv målverdien.</translation>
    </message>
    <message>
      <location filename="../steering/target_dialog.py" line="107" />
      <source>Value</source>
      <translation>Verdi</translation>
    </message>
    <message>
      <location filename="../steering/target_dialog.py" line="107" />
      <source>Year</source>
      <translation>År</translation>
    </message>
  </context>
  <context>
    <name>TargetPanel</name>
    <message>
      <location filename="../steering/target_dialog.py" line="139" />
      <source>Set &amp;target …</source>
      <translation>Sett &amp;mål …</translation>
    </message>
  </context>
  <context>
    <name>TargetPickerDialog</name>
    <message>
      <location filename="../fields/target_picker.py" line="187" />
      <source>Add a target – %1</source>
      <translation>Legg til delmål – %1</translation>
    </message>
    <message>
      <location filename="../fields/target_picker.py" line="191" />
      <source>Number or words, e.g. 11.6, luft or air</source>
      <translation>Nummer eller ord, f.eks. 11.6, luft eller air</translation>
    </message>
    <message>
      <location filename="../fields/target_picker.py" line="192" />
      <source>Search targets</source>
      <translation>Søk etter delmål</translation>
    </message>
    <message>
      <location filename="../fields/target_picker.py" line="195" />
      <source>&amp;Search</source>
      <translation>&amp;Søk</translation>
    </message>
    <message>
      <location filename="../fields/target_picker.py" line="200" />
      <source>Target</source>
      <translation>Delmål</translation>
    </message>
    <message>
      <location filename="../fields/target_picker.py" line="200" />
      <source>Text</source>
      <translation>Tekst</translation>
    </message>
    <message>
      <location filename="../fields/target_picker.py" line="201" />
      <source>Local relevance</source>
      <translation>Lokal relevans</translation>
    </message>
    <message>
      <location filename="../fields/target_picker.py" line="205" />
      <source>Targets</source>
      <translation>Delmål</translation>
    </message>
    <message numerus="yes">
      <location filename="../fields/target_picker.py" line="213" />
      <source>Show all %n targets</source>
      <translation>
        <numerusform>Vis alle %n delmål</numerusform>
        <numerusform>Vis alle %n delmål</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../fields/target_picker.py" line="226" />
      <location filename="../fields/target_picker.py" line="232" />
      <source>Contribution:</source>
      <translation>Bidrag:</translation>
    </message>
    <message>
      <location filename="../fields/target_picker.py" line="227" />
      <source>▲ &amp;Positive</source>
      <translation>▲ &amp;Positivt</translation>
    </message>
    <message>
      <location filename="../fields/target_picker.py" line="227" />
      <source>▼ &amp;Negative</source>
      <translation>▼ &amp;Negativt</translation>
    </message>
    <message>
      <location filename="../fields/target_picker.py" line="228" />
      <source>◆ &amp;Mixed</source>
      <translation>◆ &amp;Blandet</translation>
    </message>
    <message>
      <location filename="../fields/target_picker.py" line="240" />
      <source>Add target</source>
      <translation>Legg til delmål</translation>
    </message>
    <message>
      <location filename="../fields/target_picker.py" line="242" />
      <source>Cancel</source>
      <translation>Avbryt</translation>
    </message>
    <message>
      <location filename="../fields/target_picker.py" line="304" />
      <source>(already added)</source>
      <translation>(allerede lagt til)</translation>
    </message>
    <message>
      <location filename="../fields/target_picker.py" line="319" />
      <source>Showing %1 of %2</source>
      <translation>Viser %1 av %2</translation>
    </message>
    <message>
      <location filename="../fields/target_picker.py" line="326" />
      <source>No target matches.</source>
      <translation>Ingen delmål passer til søket.</translation>
    </message>
  </context>
  <context>
    <name>TradeOffsField</name>
    <message>
      <location filename="../fields/trade_offs.py" line="38" />
      <source>Three ways to handle a trade-off: mitigation that reduces the harm, compensation for those who lose, or an explicit acceptance with the reason.</source>
      <translation>Tre måter å håndtere en avveining på: avbøtende tiltak som reduserer ulempen, kompensasjon til dem som taper, eller en uttrykkelig aksept med begrunnelse.</translation>
    </message>
    <message>
      <location filename="../fields/trade_offs.py" line="110" />
      <source>No trade-offs found.</source>
      <translation>Programmet har ikke funnet noen avveininger.</translation>
    </message>
    <message numerus="yes">
      <location filename="../fields/trade_offs.py" line="107" />
      <source>%n trade-off(s) without handling</source>
      <translation>
        <numerusform>%n avveining mangler håndtering</numerusform>
        <numerusform>%n avveininger mangler håndtering</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../fields/trade_offs.py" line="109" />
      <source>Every trade-off is handled.</source>
      <translation>Alle avveininger er håndtert.</translation>
    </message>
    <message>
      <location filename="../fields/trade_offs.py" line="121" />
      <source>The case has no measures yet. Add them under Alternatives.</source>
      <translation>Saken har ingen tiltak ennå. Legg dem til under Alternativer.</translation>
    </message>
    <message>
      <location filename="../fields/trade_offs.py" line="130" />
      <source>No trade-offs for this measure.</source>
      <translation>Ingen avveininger for dette tiltaket.</translation>
    </message>
    <message>
      <location filename="../fields/trade_offs.py" line="161" />
      <source>Negative:</source>
      <translation>Negativ:</translation>
    </message>
    <message>
      <location filename="../fields/trade_offs.py" line="167" />
      <source>Against:</source>
      <translation>Mot:</translation>
    </message>
    <message>
      <location filename="../fields/trade_offs.py" line="175" />
      <source>Describe the mitigation or compensation, or why the harm is accepted.</source>
      <translation>Beskriv avbøtende tiltak eller kompensasjon, eller hvorfor ulempen aksepteres.</translation>
    </message>
    <message>
      <location filename="../fields/trade_offs.py" line="178" />
      <source>Handling of the negative effect on %1 – %2</source>
      <translation>Håndtering av den negative virkningen på %1 – %2</translation>
    </message>
    <message>
      <location filename="../fields/trade_offs.py" line="201" />
      <source>Handling written for “%1”, which is no longer a trade-off:</source>
      <translation>Håndtering skrevet for «%1», som ikke lenger er en avveining:</translation>
    </message>
    <message>
      <location filename="../fields/trade_offs.py" line="204" />
      <source>Remove this handling</source>
      <translation>Fjern denne håndteringen</translation>
    </message>
    <message>
      <location filename="../fields/trade_offs.py" line="205" />
      <source>Remove the handling of %1 – %2</source>
      <translation>Fjern håndteringen av %1 – %2</translation>
    </message>
    <message>
      <location filename="../fields/trade_offs.py" line="217" />
      <source>Handled</source>
      <translation>Håndtert</translation>
    </message>
    <message>
      <location filename="../fields/trade_offs.py" line="220" />
      <source>Handling missing</source>
      <translation>Mangler håndtering</translation>
    </message>
    <message>
      <location filename="../fields/trade_offs.py" line="260" />
      <source>Handling of %1</source>
      <translation>Håndtering av %1</translation>
    </message>
    <message>
      <location filename="../fields/trade_offs.py" line="268" />
      <source>Remove handling</source>
      <translation>Fjern håndtering</translation>
    </message>
    <message>
      <source>Handling of the negative effect on %1</source>
      <translation>Håndtering av den negative virkningen på %1</translation>
    </message>
  </context>
  <context>
    <name>UnsavedCloseBox</name>
    <message>
      <location filename="../wizard/save_bar.py" line="117" />
      <source>Changes not saved</source>
      <translation>Endringer er ikke lagret</translation>
    </message>
    <message>
      <location filename="../wizard/save_bar.py" line="114" />
      <source>Your latest changes to “%1” could not be saved.</source>
      <translation>De siste endringene dine i «%1» kunne ikke lagres.</translation>
    </message>
    <message>
      <location filename="../wizard/save_bar.py" line="111" />
      <source>Export the case to a file so nothing is lost; you can import the file later (File → Import case file).</source>
      <translation>Eksporter saken til en fil, så går ingenting tapt; du kan importere filen senere (Fil → Importer saksfil).</translation>
    </message>
    <message>
      <location filename="../wizard/save_bar.py" line="119" />
      <source>&amp;Export to a file …</source>
      <translation>&amp;Eksporter til fil …</translation>
    </message>
    <message>
      <location filename="../wizard/save_bar.py" line="120" />
      <source>&amp;Try again</source>
      <translation>&amp;Prøv igjen</translation>
    </message>
    <message>
      <location filename="../wizard/save_bar.py" line="121" />
      <source>Close &amp;without saving</source>
      <translation>Lukk &amp;uten å lagre</translation>
    </message>
    <message>
      <location filename="../wizard/save_bar.py" line="123" />
      <source>&amp;Keep the window open</source>
      <translation>&amp;La vinduet være åpent</translation>
    </message>
  </context>
  <context>
    <name>QFileDialog</name>
    <message>
      <source>&amp;Look in:</source>
      <translation>Se &amp;i:</translation>
    </message>
    <message>
      <source>Files of &amp;type:</source>
      <translation>Fil&amp;type:</translation>
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
      <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
      <translation>%1
Fant ikke mappen.
Sjekk at mappenavnet er riktig.</translation>
    </message>
    <message>
      <source>%1
File not found.
Please verify the correct file name was given.</source>
      <translation>%1
Fant ikke filen.
Sjekk at filnavnet er riktig.</translation>
    </message>
    <message>
      <source>%1 File</source>
      <translation>%1-fil</translation>
    </message>
    <message>
      <source>%1 already exists.
Do you want to replace it?</source>
      <translation>%1 finnes allerede.
Vil du erstatte den?</translation>
    </message>
    <message>
      <source>&amp;Choose</source>
      <translation>&amp;Velg</translation>
    </message>
    <message>
      <source>&amp;Delete</source>
      <translation>&amp;Slett</translation>
    </message>
    <message>
      <source>&amp;New Folder</source>
      <translation>&amp;Ny mappe</translation>
    </message>
    <message>
      <source>&amp;Rename</source>
      <translation>&amp;Gi nytt navn</translation>
    </message>
    <message>
      <source>'%1' is write protected.
Do you want to delete it anyway?</source>
      <translation>«%1» er skrivebeskyttet.
Vil du slette den likevel?</translation>
    </message>
    <message>
      <source>All Files (*)</source>
      <translation>Alle filer (*)</translation>
    </message>
    <message>
      <source>All files (*)</source>
      <translation>Alle filer (*)</translation>
    </message>
    <message>
      <source>Are you sure you want to delete '%1'?</source>
      <translation>Er du sikker på at du vil slette «%1»?</translation>
    </message>
    <message>
      <source>Back</source>
      <translation>Tilbake</translation>
    </message>
    <message>
      <source>Change to detail view mode</source>
      <translation>Bytt til detaljvisning</translation>
    </message>
    <message>
      <source>Change to list view mode</source>
      <translation>Bytt til listevisning</translation>
    </message>
    <message>
      <source>Could not delete directory.</source>
      <translation>Kunne ikke slette mappen.</translation>
    </message>
    <message>
      <source>Create New Folder</source>
      <translation>Opprett ny mappe</translation>
    </message>
    <message>
      <source>Create a New Folder</source>
      <translation>Opprett en ny mappe</translation>
    </message>
    <message>
      <source>Detail View</source>
      <translation>Detaljvisning</translation>
    </message>
    <message>
      <source>Directories</source>
      <translation>Mapper</translation>
    </message>
    <message>
      <source>Directory:</source>
      <translation>Mappe:</translation>
    </message>
    <message>
      <source>Drive</source>
      <translation>Stasjon</translation>
    </message>
    <message>
      <source>File</source>
      <translation>Fil</translation>
    </message>
    <message>
      <source>File Folder</source>
      <translation>Filmappe</translation>
    </message>
    <message>
      <source>Files</source>
      <translation>Filer</translation>
    </message>
    <message>
      <source>Find Directory</source>
      <translation>Finn mappe</translation>
    </message>
    <message>
      <source>Folder</source>
      <translation>Mappe</translation>
    </message>
    <message>
      <source>Forward</source>
      <translation>Fram</translation>
    </message>
    <message>
      <source>Go back</source>
      <translation>Gå tilbake</translation>
    </message>
    <message>
      <source>Go forward</source>
      <translation>Gå fram</translation>
    </message>
    <message>
      <source>Go to the parent directory</source>
      <translation>Gå til mappen over</translation>
    </message>
    <message>
      <source>List View</source>
      <translation>Listevisning</translation>
    </message>
    <message>
      <source>List of places and bookmarks</source>
      <translation>Steder og bokmerker</translation>
    </message>
    <message>
      <source>My Computer</source>
      <translation>Datamaskinen</translation>
    </message>
    <message>
      <source>New Folder</source>
      <translation>Ny mappe</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Åpne</translation>
    </message>
    <message>
      <source>Parent Directory</source>
      <translation>Mappen over</translation>
    </message>
    <message>
      <source>Recent Places</source>
      <translation>Nylig brukte steder</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>Fjern</translation>
    </message>
    <message>
      <source>Save As</source>
      <translation>Lagre som</translation>
    </message>
    <message>
      <source>Shortcut</source>
      <translation>Snarvei</translation>
    </message>
    <message>
      <source>Show &amp;hidden files</source>
      <translation>Vis &amp;skjulte filer</translation>
    </message>
    <message>
      <source>Sidebar</source>
      <translation>Sidepanel</translation>
    </message>
    <message>
      <source>Unknown</source>
      <translation>Ukjent</translation>
    </message>
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
      <source>Cancel</source>
      <translation>Avbryt</translation>
    </message>
  </context>
  <context>
    <name>QFileSystemModel</name>
    <message>
      <source>&lt;b&gt;The name "%1" cannot be used.&lt;/b&gt;&lt;p&gt;Try using another name, with fewer characters or no punctuation marks.</source>
      <translation>&lt;b&gt;Navnet «%1» kan ikke brukes.&lt;/b&gt;&lt;p&gt;Prøv et annet navn, med færre tegn eller uten skilletegn.</translation>
    </message>
    <message>
      <source>Computer</source>
      <translation>Datamaskin</translation>
    </message>
    <message>
      <source>Date Modified</source>
      <translation>Endret</translation>
    </message>
    <message>
      <source>Invalid filename</source>
      <translation>Ugyldig filnavn</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Slag</translation>
    </message>
    <message>
      <source>My Computer</source>
      <translation>Datamaskinen</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Navn</translation>
    </message>
    <message>
      <source>Size</source>
      <translation>Størrelse</translation>
    </message>
    <message>
      <source>Type</source>
      <translation>Type</translation>
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
</TS>