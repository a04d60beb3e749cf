<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
  <context>
    <name>AboutDialog</name>
    <message>
      <location filename="../about.py" line="80" />
      <source>About ImpactApp</source>
      <extracomment>What a bundle ships besides our own code; the Python packages keep their licence files in the bundle's ``*.dist-info`` folders.</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../about.py" line="88" />
      <source>Environmental and distributional impact assessment of municipal decisions, tied to the UN Sustainable Development Goals.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../about.py" line="96" />
      <source>Program</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../about.py" line="97" />
      <source>Data sources</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../about.py" line="98" />
      <source>Licences</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../about.py" line="108" />
      <source>facts only</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../about.py" line="110" />
      <source>United Nations</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../about.py" line="111" />
      <source>English texts of the SDG goals and targets</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../about.py" line="112" />
      <source>United Nations terms of use</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../about.py" line="115" />
      <source>Official Norwegian target texts, as collected from the Norwegian government and FN-sambandet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../about.py" line="119" />
      <source>SDG colour values; draft of the Norwegian goal names (checked)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../about.py" line="121" />
      <source>Statistics Norway (SSB)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../about.py" line="122" />
      <source>District codes and names (KLASS); indicator tables</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../about.py" line="123" />
      <source>SSB's licence terms</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../about.py" line="125" />
      <source>Counts of municipal indicators per target (SDG indicator taxonomy), as evidence for local relevance</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../about.py" line="127" />
      <source>facts only; the taxonomy itself is not shipped</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../about.py" line="129" />
      <source>Norwegian Institute of Public Health (FHI)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../about.py" line="130" />
      <source>Public health indicator tables</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../about.py" line="132" />
      <source>Titles and codes of statistics bank tables</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../about.py" line="134" />
      <source>Norwegian Environment Agency (Miljødirektoratet)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../about.py" line="135" />
      <source>Municipal greenhouse gas emission accounts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../about.py" line="137" />
      <source>Norwegian Directorate of Elections (Valgdirektoratet)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../about.py" line="138" />
      <source>Voter turnout</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../about.py" line="140" />
      <source>Norwegian texts of the targets that have no official translation (shown as unofficial), the method texts, criteria and the choice of indicators</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../about.py" line="143" />
      <source>the project's own work</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../about.py" line="162" />
      <source>the municipality's own, from %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../about.py" line="165" />
      <source>as shipped with the program</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../about.py" line="167" />
      <source>Version</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../about.py" line="168" />
      <source>Criteria catalog</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../about.py" line="169" />
      <source>Database</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../about.py" line="170" />
      <source>Settings</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../about.py" line="171" />
      <source>Configuration directory</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../about.py" line="172" />
      <source>none</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../about.py" line="179" />
      <source>Terms:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../about.py" line="187" />
      <source>The catalog (criteria, SDG texts, regions, indicator set) uses these sources. Details: criteria/SOURCES.md in the program's source.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../about.py" line="192" />
      <source>ImpactApp itself: for municipal use. The program ships these components under their own licences (their texts are in the licenses folder of the installed program):</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../about.py" line="197" />
      <source>Licence of the fonts embedded in every memo</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../about.py" line="198" />
      <source>The font licence file is missing from this installation.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>AlternativeCard</name>
    <message>
      <location filename="../fields/alternatives.py" line="86" />
      <source>Recommended</source>
      <extracomment>Default names are content (they appear in the memo), so they follow the memo's language.</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/alternatives.py" line="89" />
      <source>↑ Move up</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/alternatives.py" line="90" />
      <source>↓ Move down</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/alternatives.py" line="91" />
      <source>Remove …</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/alternatives.py" line="103" />
      <location filename="../fields/alternatives.py" line="157" />
      <source>Name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/alternatives.py" line="104" />
      <location filename="../fields/alternatives.py" line="158" />
      <source>Description</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/alternatives.py" line="113" />
      <source>Remove</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/alternatives.py" line="114" />
      <location filename="../fields/alternatives.py" line="180" />
      <source>Cancel</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/alternatives.py" line="161" />
      <source>Move %1 up</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/alternatives.py" line="162" />
      <source>Move %1 down</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/alternatives.py" line="163" />
      <source>Remove %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/alternatives.py" line="170" />
      <source>“%1” is the recommended alternative and cannot be removed. Recommend another alternative first (step Recommendation).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/alternatives.py" line="174" />
      <source>OK</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/alternatives.py" line="177" />
      <source>Remove “%1” with its ratings, climate effect and costs?</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>AlternativesField</name>
    <message>
      <location filename="../fields/alternatives.py" line="208" />
      <source>The zero alternative is to continue as today or as already decided. Every measure is assessed against it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/alternatives.py" line="217" />
      <source>+ Add measure</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/alternatives.py" line="218" />
      <source>+ Add zero alternative</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/alternatives.py" line="244" />
      <source>Add zero alternative</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/alternatives.py" line="251" />
      <source>Add measure</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/alternatives.py" line="263" />
      <source>Name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/alternatives.py" line="263" />
      <source>Description</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/alternatives.py" line="278" />
      <source>Move measure</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/alternatives.py" line="294" />
      <source>Remove measure</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/alternatives.py" line="324" />
      <source>Zero alternative</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/alternatives.py" line="326" />
      <source>Measure %1</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>App</name>
    <message>
      <location filename="../../app.py" line="108" />
      <source>Catalog folder: %1</source>
      <extracomment>The desktop entry's name (packaging/linux), so Wayland shells show the right icon.</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app.py" line="112" />
      <source>The criteria catalog is invalid, so ImpactApp cannot start.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app.py" line="118" />
      <source>The list of municipalities is invalid, so ImpactApp cannot start.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>AppController</name>
    <message>
      <location filename="../controller.py" line="82" />
      <source>Compare</source>
      <extracomment>Makes a case window's saver from (opener, case id, version); tests save synchronously.</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../controller.py" line="83" />
      <source>Portfolio</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../controller.py" line="84" />
      <source>Indicators</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../controller.py" line="85" />
      <source>Challenges</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../controller.py" line="86" />
      <source>Plans</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../controller.py" line="88" />
      <source>Follow-up</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../controller.py" line="89" />
      <source>Budget</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../controller.py" line="247" />
      <source>revision %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../controller.py" line="294" />
      <source>Every status change records who made it, and your profile has no name yet. Enter your name and unit first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../controller.py" line="318" />
      <source>All the example cases are already loaded.</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../controller.py" line="323" />
      <source>%n example case(s) loaded.</source>
      <translation>
        <numerusform>%n example case loaded.</numerusform>
        <numerusform>%n example cases loaded.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../controller.py" line="350" />
      <source>The database is empty. Load %n example case(s) to look around and learn the method? You can delete them later.</source>
      <translation>
        <numerusform>The database is empty. Load %n example case to look around and learn the method? You can delete them later.</numerusform>
        <numerusform>The database is empty. Load %n example cases to look around and learn the method? You can delete them later.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ArchiveActions</name>
    <message>
      <location filename="../wizard/archive_actions.py" line="58" />
      <source>Export to &amp;archive…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../wizard/archive_actions.py" line="64" />
      <source>Choose the folder the archive imports from</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../wizard/archive_actions.py" line="73" />
      <location filename="../wizard/archive_actions.py" line="94" />
      <location filename="../wizard/archive_actions.py" line="112" />
      <source>Export to archive</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../wizard/archive_actions.py" line="74" />
      <source>The archive settings are invalid; fix these problems first:
%1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../wizard/archive_actions.py" line="84" />
      <source>The folder %1 already holds the filing of another revision (%2).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../wizard/archive_actions.py" line="87" />
      <source>The folder %1 already holds files that are not this revision's filing.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../wizard/archive_actions.py" line="90" />
      <source>Replace the filing?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../wizard/archive_actions.py" line="91" />
      <source>Replace them with this revision?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../wizard/archive_actions.py" line="95" />
      <source>The folder cannot be read: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../wizard/archive_actions.py" line="122" />
      <source>Making the memo for the archive …</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>AssessmentEditor</name>
    <message>
      <location filename="../fields/assessment_editor.py" line="50" />
      <source>Choose a cell in the table to rate it; its justification is written here.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/assessment_editor.py" line="64" />
      <source>Direct</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/assessment_editor.py" line="64" />
      <source>Indirect</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/assessment_editor.py" line="65" />
      <source>Short (under 5 years)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/assessment_editor.py" line="65" />
      <source>Long (5 years or more)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/assessment_editor.py" line="67" />
      <source>Certainty</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/assessment_editor.py" line="68" />
      <source>Effect</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/assessment_editor.py" line="69" />
      <source>Horizon</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/assessment_editor.py" line="75" />
      <source>Mitigation: what reduces or compensates the harm</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/assessment_editor.py" line="79" />
      <source>Mitigation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/assessment_editor.py" line="83" />
      <source>The effect in each city district is rated in “Effect per city district” below the table.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/assessment_editor.py" line="185" />
      <source>Rate the cell first: type a value, or press Enter to choose one.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/assessment_editor.py" line="192" />
      <source>Knowledge gap: what is missing, and how could it be found?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/assessment_editor.py" line="194" />
      <source>Why is the criterion not relevant for this measure?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/assessment_editor.py" line="195" />
      <source>Justification</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/assessment_editor.py" line="236" />
      <source>Justification of %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/assessment_editor.py" line="237" />
      <source>Mitigation for %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/assessment_editor.py" line="238" />
      <source>Certainty of %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/assessment_editor.py" line="239" />
      <source>Directness of %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/assessment_editor.py" line="240" />
      <source>Horizon of %1</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>BackupPicker</name>
    <message>
      <location filename="../backup_picker.py" line="37" />
      <source>daily</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../backup_picker.py" line="38" />
      <source>before an upgrade</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../backup_picker.py" line="39" />
      <source>before a restore</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../backup_picker.py" line="40" />
      <source>by hand</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../backup_picker.py" line="47" />
      <source>The backup has been restored.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../backup_picker.py" line="49" />
      <source>The database it replaced was backed up to %1.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../backup_picker.py" line="53" />
      <source>The file it replaced could not be used and was kept as %1.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../backup_picker.py" line="75" />
      <source>Restore a backup</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../backup_picker.py" line="82" />
      <source>Backups</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../backup_picker.py" line="84" />
      <source>Taken</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../backup_picker.py" line="84" />
      <source>Why</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../backup_picker.py" line="84" />
      <source>Cases</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../backup_picker.py" line="84" />
      <source>File</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../backup_picker.py" line="99" />
      <source>Backups of %1, newest first. The file there now is kept.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../backup_picker.py" line="104" />
      <source>There is no backup of %1 yet. Choose a backup file instead.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../backup_picker.py" line="109" />
      <source>&amp;Restore the selected backup</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../backup_picker.py" line="112" />
      <source>Choose a &amp;file …</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../backup_picker.py" line="143" />
      <source>Choose a backup to restore</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../backup_picker.py" line="144" />
      <source>ImpactApp databases (*.db *.sqlite *.sqlite3);;All files (*)</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>BarChart</name>
    <message>
      <location filename="../indicators/bar_chart.py" line="49" />
      <source>Bar chart</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../indicators/bar_chart.py" line="62" />
      <location filename="../indicators/bar_chart.py" line="86" />
      <source>No figures to show.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../indicators/bar_chart.py" line="133" />
      <source>own municipality</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../indicators/bar_chart.py" line="133" />
      <source>national figure</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../indicators/bar_chart.py" line="134" />
      <source>other municipalities</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>BlockerDialog</name>
    <message>
      <location filename="../wizard/blocker_dialog.py" line="35" />
      <source>Not yet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../wizard/blocker_dialog.py" line="38" />
      <source>The case cannot change status yet. Click a line to go to the field:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../wizard/blocker_dialog.py" line="42" />
      <source>What is missing</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../wizard/blocker_dialog.py" line="47" />
      <source>Go to this field</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../wizard/blocker_dialog.py" line="52" />
      <source>Close</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>BudgetView</name>
    <message>
      <location filename="../followup/budget_view.py" line="66" />
      <source>Sustainability budget</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../followup/budget_view.py" line="73" />
      <location filename="../followup/budget_view.py" line="124" />
      <source>Year</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../followup/budget_view.py" line="75" />
      <source>Budget year</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../followup/budget_view.py" line="81" />
      <source>Climate target…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../followup/budget_view.py" line="84" />
      <source>Export PDF…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../followup/budget_view.py" line="87" />
      <source>Export XLSX…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../followup/budget_view.py" line="96" />
      <source>Total of decided measures</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../followup/budget_view.py" line="98" />
      <source>Total of the pipeline</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../followup/budget_view.py" line="109" />
      <source>Measures</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../followup/budget_view.py" line="122" />
      <source>Path toward the climate target</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../followup/budget_view.py" line="124" />
      <source>Reference</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../followup/budget_view.py" line="124" />
      <source>Decided</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../followup/budget_view.py" line="125" />
      <source>After decided</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../followup/budget_view.py" line="125" />
      <source>Target path</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../followup/budget_view.py" line="125" />
      <source>Gap</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../followup/budget_view.py" line="126" />
      <source>Pipeline (apart)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../followup/budget_view.py" line="165" />
      <source>%1 t CO2e per year</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../followup/budget_view.py" line="170" />
      <source>No climate target is set.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../followup/budget_view.py" line="172" />
      <source>Climate target: %1 % cut by %2 against %3 (%4 t CO2e); the reference path holds the latest known total flat.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../followup/budget_view.py" line="178" />
      <source>climate.yaml has problems, defaults are used: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../followup/budget_view.py" line="186" />
      <source>indirect or unstated, not added: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../followup/budget_view.py" line="193" />
      <source>Decided and approved measures (direct effects)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../followup/budget_view.py" line="195" />
      <source>Pipeline, never added to the budget (direct effects)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../followup/budget_view.py" line="198" />
      <source>Stopped, left out of the sum: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../followup/budget_view.py" line="204" />
      <source>Responsible unit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../followup/budget_view.py" line="204" />
      <source>Case</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../followup/budget_view.py" line="204" />
      <source>Measure</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../followup/budget_view.py" line="205" />
      <source>Status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../followup/budget_view.py" line="205" />
      <source>Follow-up</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../followup/budget_view.py" line="206" />
      <source>Reported t CO2e/yr</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../followup/budget_view.py" line="207" />
      <source>Investment, NOK</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../followup/budget_view.py" line="208" />
      <source>Annual cost, NOK</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../followup/budget_view.py" line="208" />
      <source>NOK per tonne</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../followup/budget_view.py" line="209" />
      <source>SDG targets</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../followup/budget_view.py" line="297" />
      <source>budget-%1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../followup/budget_view.py" line="298" />
      <source>Export budget</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../followup/budget_view.py" line="307" />
      <source>Cannot write %1: %2</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>CaseListModel</name>
    <message>
      <location filename="../case_list_model.py" line="44" />
      <source>Title</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../case_list_model.py" line="45" />
      <source>Case no.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../case_list_model.py" line="46" />
      <source>Unit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../case_list_model.py" line="47" />
      <source>Status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../case_list_model.py" line="48" />
      <source>Depth</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../case_list_model.py" line="49" />
      <source>Last changed</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>CaseOps</name>
    <message>
      <location filename="../case_ops.py" line="21" />
      <source>Zero alternative – as today</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../case_ops.py" line="23" />
      <source>New case</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../case_ops.py" line="34" />
      <source>Copy of %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../case_ops.py" line="62" />
      <location filename="../case_ops.py" line="98" />
      <location filename="../case_ops.py" line="116" />
      <source>Import</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../case_ops.py" line="66" />
      <source>Import as draft</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../case_ops.py" line="67" />
      <source>Cancel</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../case_ops.py" line="117" />
      <source>The import could not be saved.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../case_ops.py" line="131" />
      <source>Export</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../case_ops.py" line="132" />
      <source>The case could not be exported.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../case_ops.py" line="142" />
      <location filename="../case_ops.py" line="150" />
      <source>Erase for good</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../case_ops.py" line="143" />
      <source>Erase “%1” for good? It can not be restored afterwards.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../case_ops.py" line="151" />
      <source>Are you sure? The case and all its revisions will be erased.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>CaseWindow</name>
    <message>
      <location filename="../wizard/window.py" line="71" />
      <source>Steps</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../wizard/window.py" line="109" />
      <source>Back</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../wizard/window.py" line="110" />
      <source>Next</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../wizard/window.py" line="155" />
      <source>&amp;Case</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../wizard/window.py" line="156" />
      <source>&amp;Edit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../wizard/window.py" line="157" />
      <source>&amp;Memo</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../wizard/window.py" line="158" />
      <source>&amp;Help</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../wizard/window.py" line="159" />
      <source>&amp;Undo</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../wizard/window.py" line="161" />
      <source>&amp;Redo</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../wizard/window.py" line="165" />
      <source>&amp;Close case</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../wizard/window.py" line="172" />
      <source>&amp;User guide</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../wizard/window.py" line="291" />
      <source>complete</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../wizard/window.py" line="291" />
      <source>incomplete</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../wizard/window.py" line="292" />
      <source>has review notes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../wizard/window.py" line="292" />
      <source>not started</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../wizard/window.py" line="293" />
      <source>nothing required at this depth</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../wizard/window.py" line="305" />
      <source>%n trade-off(s) without handling</source>
      <translation>
        <numerusform>%n trade-off without handling</numerusform>
        <numerusform>%n trade-offs without handling</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../wizard/window.py" line="306" />
      <source>%n knowledge gap(s)</source>
      <translation>
        <numerusform>%n knowledge gap</numerusform>
        <numerusform>%n knowledge gaps</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../wizard/window.py" line="312" />
      <source>Not saved: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../wizard/window.py" line="315" />
      <source>Saving …</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../wizard/window.py" line="317" />
      <source>Saved in the conflict copy</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../wizard/window.py" line="319" />
      <source>Saved %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../wizard/window.py" line="321" />
      <source>Saved</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../wizard/window.py" line="330" />
      <source>Decided – locked</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../wizard/window.py" line="331" />
      <source>Approved %1 – locked</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../wizard/window.py" line="334" />
      <source>Approved by %1. This revision cannot be changed; start a new revision (Case menu) to change it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../wizard/window.py" line="337" />
      <source>In review – read-only for the caseworker</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../wizard/window.py" line="338" />
      <source>Take the case back to draft (Case menu) to change it; the verdicts are kept.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../wizard/window.py" line="340" />
      <source>Read-only – you may not change this case</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../wizard/window.py" line="341" />
      <source>In the shared database only the owner changes a draft, and only a reviewer who did not write the case changes it in review; leaders read only. Ask the owner to hand the case over to you if you are to work on it.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ChallengesView</name>
    <message>
      <location filename="../steering/challenges_view.py" line="49" />
      <source>Where we stand and where we lag</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../steering/challenges_view.py" line="60" />
      <source>Challenges</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../steering/challenges_view.py" line="62" />
      <source>Indicator</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../steering/challenges_view.py" line="62" />
      <source>Where</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../steering/challenges_view.py" line="62" />
      <source>Period</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../steering/challenges_view.py" line="62" />
      <source>Figure</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../steering/challenges_view.py" line="63" />
      <source>National</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../steering/challenges_view.py" line="63" />
      <source>Compared</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../steering/challenges_view.py" line="63" />
      <source>Why</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../steering/challenges_view.py" line="63" />
      <source>Addressed by</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../steering/challenges_view.py" line="80" />
      <source>SDG targets it concerns</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../steering/challenges_view.py" line="83" />
      <source>Cases and plans addressing it</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../steering/challenges_view.py" line="121" />
      <source>Indicators where the municipality or a district does more than %1 % worse than the national figure or the average of the municipalities compared with (chosen in the Indicators view), or has moved the wrong way over the last three periods. Worst first. The margin is set in the municipality's configuration (targets.yaml).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../steering/challenges_view.py" line="134" />
      <source>%1 % worse than national</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../steering/challenges_view.py" line="137" />
      <source>%1 % worse than compared</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../steering/challenges_view.py" line="140" />
      <source>wrong way three periods</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../steering/challenges_view.py" line="141" />
      <source>cases: %1, plans: %2</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../steering/challenges_view.py" line="142" />
      <source>nothing</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../steering/challenges_view.py" line="159" />
      <source>No indicator lags by the margin, and none has moved the wrong way: or there are no figures yet.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../steering/challenges_view.py" line="173" />
      <source>Case: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../steering/challenges_view.py" line="176" />
      <source>Plan: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../steering/challenges_view.py" line="178" />
      <source>No case or plan addresses this yet.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ClimateStages</name>
    <message>
      <location filename="../comparison/climate_stages.py" line="23" />
      <source>cases with a recommended measure</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../comparison/climate_stages.py" line="24" />
      <source>t CO2e per year, direct effects (the total)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../comparison/climate_stages.py" line="26" />
      <source>t CO2e per year, indirect effects (beside, not added)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../comparison/climate_stages.py" line="28" />
      <source>t CO2e per year, scope not stated (beside, not added)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../comparison/climate_stages.py" line="30" />
      <source>cases whose climate effect is not quantified</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../comparison/climate_stages.py" line="58" />
      <source>Climate budget and pipeline</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../comparison/climate_stages.py" line="61" />
      <source>Climate budget: approved and decided</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../comparison/climate_stages.py" line="62" />
      <source>Pipeline: draft and in review (not in the budget)</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ColumnChooser</name>
    <message>
      <location filename="../comparison/column_chooser.py" line="20" />
      <source>&amp;Columns</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../comparison/column_chooser.py" line="21" />
      <source>Choose which groups of columns the table shows</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ColumnGroups</name>
    <message>
      <location filename="../comparison/columns.py" line="59" />
      <source>Case details</source>
      <extracomment>Always shown: what names the row.</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../comparison/columns.py" line="60" />
      <source>More case details</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../comparison/columns.py" line="61" />
      <source>Pillar summaries</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../comparison/columns.py" line="62" />
      <source>Criteria: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../comparison/columns.py" line="63" />
      <source>SDG goals</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../comparison/columns.py" line="64" />
      <source>Climate and costs</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../comparison/columns.py" line="65" />
      <source>Knowledge gaps and trade-offs</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ComparisonCells</name>
    <message>
      <location filename="../comparison/cells.py" line="101" />
      <source>Yes</source>
      <extracomment>Narrow columns whose headers stand on end. The contribution as a rating class, for the cell colour (the sign is always written too).</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../comparison/cells.py" line="101" />
      <source>No</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ComparisonView</name>
    <message>
      <location filename="../comparison/comparison_view.py" line="85" />
      <source>E&amp;xport table …</source>
      <extracomment>Widths of wide columns, in average characters. What the widest value of a column looks like (the width also fits its header's words).</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../comparison/comparison_view.py" line="87" />
      <source>Save the table as shown (filtered and sorted) as an XLSX or CSV file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../comparison/comparison_view.py" line="97" />
      <source>Comparison of cases</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../comparison/comparison_view.py" line="99" />
      <source>One row per case with its recommended alternative. Ratings show sign and number from −3 to +3; ? is a knowledge gap, – not relevant. Enter opens the case.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../comparison/comparison_view.py" line="136" />
      <source>Reading the cases …</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../comparison/comparison_view.py" line="139" />
      <source>The cases could not be read: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../comparison/comparison_view.py" line="159" />
      <source>There are no cases to compare yet.</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../comparison/comparison_view.py" line="216" />
      <source>%n case(s)</source>
      <translation>
        <numerusform>%n case</numerusform>
        <numerusform>%n cases</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../comparison/comparison_view.py" line="217" />
      <source>%1 of %n case(s) shown</source>
      <translation>
        <numerusform>%1 of %n case shown</numerusform>
        <numerusform>%1 of %n cases shown</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../comparison/comparison_view.py" line="248" />
      <source>Excel workbook (*.xlsx)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../comparison/comparison_view.py" line="248" />
      <source>CSV, for any spreadsheet (*.csv)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../comparison/comparison_view.py" line="250" />
      <source>Export the comparison</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../comparison/comparison_view.py" line="251" />
      <source>comparison</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../comparison/comparison_view.py" line="266" />
      <source>Writing the table …</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ComparisonViews</name>
    <message>
      <location filename="../comparison/views.py" line="39" />
      <source>Compare</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../comparison/views.py" line="40" />
      <source>Portfolio</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ConflictBar</name>
    <message>
      <location filename="../wizard/conflict_bar.py" line="45" />
      <source>&amp;Compare …</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../wizard/conflict_bar.py" line="80" />
      <source>Conflict</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../wizard/conflict_bar.py" line="81" />
      <source>Keep &amp;mine</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../wizard/conflict_bar.py" line="82" />
      <source>Use the &amp;saved version</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../wizard/conflict_bar.py" line="85" />
      <source>&amp;Use this copy</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../wizard/conflict_bar.py" line="86" />
      <source>&amp;Discard the copy</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../wizard/conflict_bar.py" line="93" />
      <source>This case was moved to the bin somewhere else after you opened it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../wizard/conflict_bar.py" line="95" />
      <source>This case was approved somewhere else after you opened it, so it is locked.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../wizard/conflict_bar.py" line="98" />
      <source>This case was changed somewhere else (in another window or by another person) after you opened it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../wizard/conflict_bar.py" line="101" />
      <source>Your changes have been kept as a conflict copy, and what you write now is saved in the copy. Compare the two versions and choose which one to keep.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../wizard/conflict_bar.py" line="111" />
      <source>This case has a copy of the version that was replaced when a conflict copy was taken over (%1, by %2).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../wizard/conflict_bar.py" line="114" />
      <source>This case has a conflict copy from %1 by %2 that nobody has decided on yet.</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../wizard/conflict_bar.py" line="118" />
      <source>(%n copies in all; the newest is shown.)</source>
      <translation>
        <numerusform>(%n copies in all; the newest is shown.)</numerusform>
        <numerusform>(%n copies in all; the newest is shown.)</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../wizard/conflict_bar.py" line="131" />
      <source>your version (the conflict copy)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../wizard/conflict_bar.py" line="136" />
      <source>the conflict copy from %1 by %2</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../wizard/conflict_bar.py" line="178" />
      <source>Discard the copy</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../wizard/conflict_bar.py" line="179" />
      <source>Discard the conflict copy from %1 by %2? What it holds that the saved version does not is lost for good.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ConflictDialog</name>
    <message>
      <location filename="../conflict_dialog.py" line="35" />
      <source>Compare the two versions</source>
      <extracomment>What the person chose (``ConflictDialog.choice``).</extracomment>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../conflict_dialog.py" line="45" />
      <source>%n field(s) differ. The saved version is what the case holds now; the other column is %1.</source>
      <translation>
        <numerusform>%n field differ. The saved version is what the case holds now; the other column is %1.</numerusform>
        <numerusform>%n fields differ. The saved version is what the case holds now; the other column is %1.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../conflict_dialog.py" line="48" />
      <source>The two versions hold the same content.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../conflict_dialog.py" line="51" />
      <source>Differences</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../conflict_dialog.py" line="53" />
      <source>Step</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../conflict_dialog.py" line="53" />
      <source>Field</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../conflict_dialog.py" line="53" />
      <source>Saved version (version %1)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../conflict_dialog.py" line="55" />
      <source>Conflict copy</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../conflict_dialog.py" line="55" />
      <source>Your version (conflict copy)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../conflict_dialog.py" line="65" />
      <source>(empty)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../conflict_dialog.py" line="76" />
      <source>Keep &amp;mine</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../conflict_dialog.py" line="77" />
      <source>Use the &amp;saved version</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../conflict_dialog.py" line="80" />
      <source>&amp;Use this copy</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../conflict_dialog.py" line="81" />
      <source>&amp;Discard the copy</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ConnectDialog</name>
    <message>
      <location filename="../shared_db.py" line="67" />
      <source>Enter the address of the shared database.</source>
      <extracomment>Opens the store at a location (the opener's ``open_store``, or a stand-in in tests).</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../shared_db.py" line="70" />
      <source>The address must start with postgresql://, for example postgresql://server.kommune.no/impactapp.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../shared_db.py" line="74" />
      <source>The address contains a password; ImpactApp never keeps one, so put it in a pgpass or service file instead and remove it from the address.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../shared_db.py" line="94" />
      <source>Connect to a shared database</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../shared_db.py" line="98" />
      <source>The address of the municipality's shared database, as IT gave it to you, for example postgresql://server.kommune.no/impactapp or postgresql:///?service=impactapp. ImpactApp never asks for or keeps a password: your login is checked through a pgpass or service file, or Kerberos.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../shared_db.py" line="106" />
      <source>Address of the shared database</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../shared_db.py" line="118" />
      <source>Connect</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>CostField</name>
    <message>
      <location filename="../fields/measures.py" line="382" />
      <source>Add a measure in the step Alternatives to give its costs.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>CostSection</name>
    <message>
      <location filename="../fields/measures.py" line="353" />
      <source>“%1” is not an amount. Write it like 1 500 000 or −250 000.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/measures.py" line="355" />
      <source>Investment</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/measures.py" line="355" />
      <source>kr</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/measures.py" line="358" />
      <source>Annual operating cost</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/measures.py" line="358" />
      <source>kr per year (negative = saving)</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>DatabaseActions</name>
    <message>
      <location filename="../database_actions.py" line="62" />
      <source>Today's backup of the database: %1</source>
      <extracomment>The database file's maintenance; None for a store without files.</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../database_actions.py" line="65" />
      <source>Today's backup of the database failed: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../database_actions.py" line="75" />
      <location filename="../database_actions.py" line="82" />
      <location filename="../database_actions.py" line="96" />
      <source>Back up the database</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../database_actions.py" line="76" />
      <source>ImpactApp databases (*.db *.sqlite *.sqlite3);;All files (*)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../database_actions.py" line="83" />
      <source>That is the database itself; choose another file.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../database_actions.py" line="85" />
      <source>Backing up the database …</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../database_actions.py" line="91" />
      <source>The database was backed up to %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../database_actions.py" line="107" />
      <source>Restore from backup</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../database_actions.py" line="116" />
      <source>The database has not been changed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../database_actions.py" line="119" />
      <source>Restore %1 in place of the database %2?

The database as it is now is backed up first. Open case windows are saved and closed, and ImpactApp closes when the backup has been restored: start it again to work on the restored database.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../database_actions.py" line="131" />
      <source>The database has not been changed. ImpactApp closes now; start it again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../database_actions.py" line="136" />
      <source>ImpactApp closes now; start it again to work on the restored database.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>DatabaseDialog</name>
    <message>
      <location filename="../database_dialog.py" line="78" />
      <source>The file is not a database: perhaps a document or another kind of file was chosen, or the file was overwritten.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../database_dialog.py" line="81" />
      <source>The file is damaged: parts of it cannot be read, for example after a disk fault or a crash while it was being copied.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../database_dialog.py" line="84" />
      <source>The file is incomplete: its end is missing, for example after a copy that stopped half-way or a full disk.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../database_dialog.py" line="87" />
      <source>The file is a database of another program, not of ImpactApp.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../database_dialog.py" line="89" />
      <source>The file was saved by a newer version of ImpactApp, which this version cannot read. Install the newer version to use it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../database_dialog.py" line="92" />
      <source>You may read the file but not change it, so ImpactApp could not save your work in it. Ask for write access to the file.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../database_dialog.py" line="95" />
      <source>You may not change anything in the folder the file lies in, so ImpactApp could not save your work there. Ask for write access to the folder.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../database_dialog.py" line="98" />
      <source>The folder of the file does not exist. If it is on a network drive or a USB stick, connect it and start ImpactApp again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../database_dialog.py" line="101" />
      <source>ImpactApp must bring this database up to its new version and backs it up first, but the backup could not be written. Make room on the disk, or ask for write access to the folder, and start ImpactApp again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../database_dialog.py" line="105" />
      <source>This is a folder, not a database file.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../database_dialog.py" line="107" />
      <source>This computer cannot open a shared database yet: the PostgreSQL client library is missing. Open a database file instead, or ask IT to install it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../database_dialog.py" line="110" />
      <source>The shared database cannot be used right now. Try again in a moment, work in a database file on this computer, or ask IT.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../database_dialog.py" line="113" />
      <source>The file cannot be reached: you may lack permission to open it, or the drive it is on is not available.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../database_dialog.py" line="152" />
      <source>ImpactApp – the database cannot be opened</source>
      <extracomment>The store the user connected to through "Connect to a shared database".</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../database_dialog.py" line="171" />
      <source>Database file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../database_dialog.py" line="181" />
      <source>Show details</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../database_dialog.py" line="192" />
      <source>The file has not been changed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../database_dialog.py" line="194" />
      <source>Nothing has been created or changed.</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../database_dialog.py" line="200" />
      <source>%n backup(s) of this database.</source>
      <translation>
        <numerusform>%n backup of this database.</numerusform>
        <numerusform>%n backups of this database.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../database_dialog.py" line="201" />
      <source>There is no backup of this database yet; you can choose a backup file.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../database_dialog.py" line="204" />
      <source>Try again</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../database_dialog.py" line="205" />
      <source>Connect to this shared database again, for example once the network is back.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../database_dialog.py" line="209" />
      <source>Open another database …</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../database_dialog.py" line="210" />
      <source>Choose a database file you already have.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../database_dialog.py" line="212" />
      <source>Restore a backup …</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../database_dialog.py" line="213" />
      <source>Put a backup in place of this database; the file there now is kept.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../database_dialog.py" line="217" />
      <source>Create a new database …</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../database_dialog.py" line="218" />
      <source>Start with an empty database in a file you choose.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../database_dialog.py" line="220" />
      <source>Connect to a shared database …</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../database_dialog.py" line="221" />
      <source>Work in the municipality's shared database on a server.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../database_dialog.py" line="224" />
      <source>Quit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../database_dialog.py" line="224" />
      <source>Close ImpactApp without changing anything.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../database_dialog.py" line="242" />
      <source>ImpactApp databases (*.db *.sqlite *.sqlite3);;All files (*)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../database_dialog.py" line="252" />
      <source>Open another database</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../database_dialog.py" line="282" />
      <location filename="../database_dialog.py" line="285" />
      <source>Restore a backup</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../database_dialog.py" line="283" />
      <source>The database has not been changed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../database_dialog.py" line="292" />
      <location filename="../database_dialog.py" line="301" />
      <source>Create a new database</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../database_dialog.py" line="302" />
      <source>The file %1 already exists. Choose a new name, or open it with “Open another database”.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>DismissDialog</name>
    <message>
      <location filename="../fields/suggestion_list.py" line="148" />
      <source>Dismiss target %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/suggestion_list.py" line="151" />
      <source>Why does target %1 not apply to this measure?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/suggestion_list.py" line="158" />
      <source>Reason for dismissing target %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/suggestion_list.py" line="160" />
      <source>E.g. the measure does not affect this</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/suggestion_list.py" line="161" />
      <source>&amp;Reason:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/suggestion_list.py" line="164" />
      <source>Dismiss</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/suggestion_list.py" line="165" />
      <source>Cancel</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>DistrictFit</name>
    <message>
      <location filename="../district_fit.py" line="41" />
      <source>%1: districts %2</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../district_fit.py" line="43" />
      <source>These cases rate districts that are not in %1, so they cannot be imported as they are:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../district_fit.py" line="46" />
      <source>Import them without those district ratings? The other ratings are kept.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../district_fit.py" line="48" />
      <source>Import</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>DistrictsField</name>
    <message>
      <location filename="../fields/districts.py" line="120" />
      <source>Measures</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/districts.py" line="121" />
      <source>City districts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/districts.py" line="140" />
      <source>%1 has no official city districts, so no effect per district is asked for; describe differences within the municipality in the justification instead.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/districts.py" line="144" />
      <source>The catalog has no city districts to rate.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/districts.py" line="146" />
      <source>“%1” is screened out as not relevant, so no effect per district is asked for.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/districts.py" line="149" />
      <source>Rate “%1” for a measure in the table above (on its scale, not unknown or not relevant) to give its effect in each district.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/districts.py" line="153" />
      <source>Rate the effect in each district affected, on the same scale as “%1”; leave a district empty when it is affected like the rest of the city.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/districts.py" line="162" />
      <source>Type %1 in a district's cell; Enter opens a list of values; Delete removes the district's rating.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>DistrictsModel</name>
    <message>
      <location filename="../fields/districts.py" line="88" />
      <source>Effect in %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/districts.py" line="100" />
      <source>overall %1</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ExportRunner</name>
    <message>
      <location filename="../export_runner.py" line="57" />
      <source>Export finished</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../export_runner.py" line="58" />
      <source>The file was saved as %1.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../export_runner.py" line="59" />
      <source>Open the file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../export_runner.py" line="60" />
      <source>Open the folder</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../export_runner.py" line="70" />
      <source>Export failed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../export_runner.py" line="71" />
      <source>The file could not be written: %1</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>FigureTableModel</name>
    <message>
      <location filename="../indicators/figures_model.py" line="91" />
      <source>unchanged</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../indicators/figures_model.py" line="95" />
      <source>better</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../indicators/figures_model.py" line="95" />
      <source>worse</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../indicators/figures_model.py" line="125" />
      <source>No figure stored for this period.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../indicators/figures_model.py" line="142" />
      <source>From %1 to %2</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../indicators/figures_model.py" line="151" />
      <source>Region</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../indicators/figures_model.py" line="154" />
      <source>Change</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>FilterBar</name>
    <message>
      <location filename="../comparison/filter_bar.py" line="40" />
      <source>Search title, case number, unit, measure …</source>
      <extracomment>The choices, in the order they stand: (key, frame column).</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../comparison/filter_bar.py" line="42" />
      <source>Search the comparison</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../comparison/filter_bar.py" line="44" />
      <source>Shows the cases whose title, case number, unit, decision body or measure contain every word typed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../comparison/filter_bar.py" line="48" />
      <source>&amp;Status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../comparison/filter_bar.py" line="48" />
      <source>&amp;Unit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../comparison/filter_bar.py" line="49" />
      <source>Decision &amp;body</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../comparison/filter_bar.py" line="49" />
      <source>&amp;Year</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../comparison/filter_bar.py" line="50" />
      <source>&amp;Depth</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../comparison/filter_bar.py" line="61" />
      <source>Show only cases with this value</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../comparison/filter_bar.py" line="63" />
      <source>All</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../comparison/filter_bar.py" line="69" />
      <source>Show &amp;all</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../comparison/filter_bar.py" line="70" />
      <source>Clear every filter</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../comparison/filter_bar.py" line="147" />
      <source>“%1”</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>FollowUpActions</name>
    <message>
      <location filename="../followup/actions.py" line="25" />
      <source>&amp;Follow-up of measures…</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>FollowUpDialog</name>
    <message>
      <location filename="../followup/editor.py" line="43" />
      <source>Follow-up: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../followup/editor.py" line="47" />
      <location filename="../followup/editor.py" line="53" />
      <source>Measure</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../followup/editor.py" line="55" />
      <source>Expected effect</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../followup/editor.py" line="57" />
      <location filename="../followup/editor.py" line="58" />
      <source>Responsible unit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../followup/editor.py" line="60" />
      <location filename="../followup/editor.py" line="63" />
      <source>Status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../followup/editor.py" line="65" />
      <location filename="../followup/editor.py" line="66" />
      <source>Why it was stopped</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../followup/editor.py" line="68" />
      <location filename="../followup/editor.py" line="70" />
      <source>Reported effect, t CO2e per year</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../followup/editor.py" line="69" />
      <source>e.g. −850 (a cut)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../followup/editor.py" line="72" />
      <location filename="../followup/editor.py" line="73" />
      <source>Cost spent, NOK</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../followup/editor.py" line="75" />
      <location filename="../followup/editor.py" line="78" />
      <source>Progress note</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../followup/editor.py" line="80" />
      <location filename="../followup/editor.py" line="82" />
      <source>Earlier reports</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../followup/editor.py" line="90" />
      <source>Save report</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../followup/editor.py" line="93" />
      <source>Close</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../followup/editor.py" line="106" />
      <source>not quantified</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../followup/editor.py" line="107" />
      <source>%1 t CO2e per year</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../followup/editor.py" line="134" />
      <source>Reported effect</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../followup/editor.py" line="135" />
      <source>Cost spent</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../followup/editor.py" line="139" />
      <source>%1: '%2' is not a number.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../followup/editor.py" line="165" />
      <source>Report saved.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>FollowUpView</name>
    <message>
      <location filename="../followup/attention_view.py" line="46" />
      <source>Follow-up</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../followup/attention_view.py" line="53" />
      <source>Only reports due or late</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../followup/attention_view.py" line="61" />
      <source>Measures to follow up</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../followup/attention_view.py" line="63" />
      <source>Case</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../followup/attention_view.py" line="63" />
      <source>Measure</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../followup/attention_view.py" line="63" />
      <source>Responsible unit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../followup/attention_view.py" line="63" />
      <source>Status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../followup/attention_view.py" line="64" />
      <source>Why listed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../followup/attention_view.py" line="64" />
      <source>Report due</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../followup/attention_view.py" line="64" />
      <source>Expected t CO2e/yr</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../followup/attention_view.py" line="65" />
      <source>Reported t CO2e/yr</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../followup/attention_view.py" line="113" />
      <source>%n measure(s) to follow up today (%1).</source>
      <translation>
        <numerusform>%n measure to follow up today (%1).</numerusform>
        <numerusform>%n measures to follow up today (%1).</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../followup/attention_view.py" line="116" />
      <source>climate.yaml has problems, defaults are used: %1</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>GhgField</name>
    <message>
      <location filename="../fields/measures.py" line="331" />
      <source>Add a measure in the step Alternatives to give its climate effect.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>GhgSection</name>
    <message>
      <location filename="../fields/measures.py" line="249" />
      <source>Change in emissions</source>
      <extracomment>The attribute of Alternative this field fills in ("ghg" or "cost").</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/measures.py" line="249" />
      <source>t CO2e per year (negative = cut)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/measures.py" line="251" />
      <source>“%1” is not a number. Write it like −850, 1 234,5 or 1234.5.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/measures.py" line="252" />
      <location filename="../fields/measures.py" line="254" />
      <source>Cannot be quantified</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/measures.py" line="257" />
      <source>Why not? It goes on the list of effects that cannot be quantified.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/measures.py" line="258" />
      <source>Reason</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/measures.py" line="260" />
      <source>Applies from year</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/measures.py" line="261" />
      <source>Write the year with four digits, for example 2027.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/measures.py" line="266" />
      <source>direct, inside the municipal border</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/measures.py" line="267" />
      <source>indirect, outside the border or in the value chain</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/measures.py" line="269" />
      <source>Scope</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/measures.py" line="273" />
      <source>How the figure was found: model, source, assumptions.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/measures.py" line="275" />
      <source>Method</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>GoalStrip</name>
    <message>
      <location filename="../fields/target_picker.py" line="81" />
      <source>No goal has a confirmed target yet.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>GuideWindow</name>
    <message>
      <location filename="../guide.py" line="24" />
      <source>ImpactApp – user guide</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../guide.py" line="29" />
      <source>User guide</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>HelpPanel</name>
    <message>
      <location filename="../wizard/help_panel.py" line="25" />
      <source>Guidance</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>HistoryDialog</name>
    <message>
      <location filename="../history_dialog.py" line="51" />
      <location filename="../history_dialog.py" line="54" />
      <source>History</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../history_dialog.py" line="56" />
      <source>When</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../history_dialog.py" line="56" />
      <source>Who</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../history_dialog.py" line="56" />
      <source>What</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../history_dialog.py" line="63" />
      <source>Close</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../history_dialog.py" line="75" />
      <source>%n event(s), oldest first.</source>
      <translation>
        <numerusform>%n event, oldest first.</numerusform>
        <numerusform>%n events, oldest first.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../history_dialog.py" line="111" />
      <source>&amp;History</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>IndicatorChange</name>
    <message>
      <location filename="../fields/indicator_change.py" line="38" />
      <source>Since the decision: no figure after %1 yet</source>
      <extracomment>(indicator id, region) -&gt; that region's figures as (period, value) in period order.</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/indicator_change.py" line="44" />
      <source>as expected</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/indicator_change.py" line="45" />
      <source>against the expected direction</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/indicator_change.py" line="47" />
      <source>no change</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/indicator_change.py" line="51" />
      <source>Since the decision (%1 → %2): %3, %4</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>IndicatorCharts</name>
    <message>
      <location filename="../indicators/line_chart.py" line="40" />
      <source>↑ desired (higher is better)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../indicators/line_chart.py" line="42" />
      <source>↓ desired (lower is better)</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>IndicatorDetail</name>
    <message>
      <location filename="../indicators/detail.py" line="89" />
      <source>Figures over time</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../indicators/detail.py" line="100" />
      <source>Figures of the municipalities compared</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../indicators/detail.py" line="108" />
      <source>Other municipalities</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../indicators/detail.py" line="164" />
      <source>municipality</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../indicators/detail.py" line="164" />
      <source>district</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../indicators/detail.py" line="165" />
      <source>Unit: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../indicators/detail.py" line="167" />
      <source>Published for: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../indicators/detail.py" line="185" />
      <source>source not confirmed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../indicators/detail.py" line="191" />
      <source>Source: %1, table %2 (nothing fetched or imported yet)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../indicators/detail.py" line="195" />
      <source>The stored figures for this indicator are all symbols (no numbers).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../indicators/detail.py" line="196" />
      <source>There are no figures for this indicator yet.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../indicators/detail.py" line="198" />
      <source>Fetch them from %1 with “Fetch from SSB” above (it fetches from every publisher the program reads), or import a saved file with “Import file …” (JSON-stat .json or .csv).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../indicators/detail.py" line="203" />
      <source>Fetch them from Statistics Norway with “Fetch from SSB” above, or import a saved file with “Import file …” (JSON-stat .json or .csv).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../indicators/detail.py" line="206" />
      <source>%1 publishes them, and this program does not fetch from there: download the table and import it with “Import file …” (JSON-stat .json or .csv).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../indicators/detail.py" line="218" />
      <source>%1 and districts</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../indicators/detail.py" line="223" />
      <source>Choose districts (%n chosen) …</source>
      <translation>
        <numerusform>Choose districts (%n chosen) …</numerusform>
        <numerusform>Choose districts (%n chosen) …</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../indicators/detail.py" line="225" />
      <source>Choose districts to see them beside %1.</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../indicators/detail.py" line="241" />
      <source>Choose municipalities (%n chosen) …</source>
      <translation>
        <numerusform>Choose municipalities (%n chosen) …</numerusform>
        <numerusform>Choose municipalities (%n chosen) …</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../indicators/detail.py" line="245" />
      <source>No figures for other municipalities yet: “Fetch from SSB” asks for the chosen ones too.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../indicators/detail.py" line="248" />
      <source>No figures for other municipalities yet: import a saved file that holds them.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>IndicatorOverview</name>
    <message>
      <location filename="../indicators/overview.py" line="47" />
      <source>Indicator</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../indicators/overview.py" line="47" />
      <source>Latest</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../indicators/overview.py" line="47" />
      <source>Age</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../indicators/overview.py" line="48" />
      <source>Source</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../indicators/overview.py" line="49" />
      <source>Indicator set</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../indicators/overview.py" line="98" />
      <source>no data</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../indicators/overview.py" line="106" />
      <source>%n year(s)</source>
      <translation>
        <numerusform>%n year</numerusform>
        <numerusform>%n years</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../indicators/overview.py" line="107" />
      <source>%n month(s)</source>
      <translation>
        <numerusform>%n month</numerusform>
        <numerusform>%n months</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../indicators/overview.py" line="111" />
      <source>No figures yet: fetch them from SSB or import a saved file.</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../indicators/overview.py" line="113" />
      <source>The latest period with figures ended %n month(s) ago.</source>
      <translation>
        <numerusform>The latest period with figures ended %n month ago.</numerusform>
        <numerusform>The latest period with figures ended %n months ago.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../indicators/overview.py" line="116" />
      <source>Fetched or imported %1.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>IndicatorView</name>
    <message>
      <location filename="../indicators/view.py" line="73" />
      <source>Fetch from SSB</source>
      <extracomment>Figures were fetched or imported into the store (open case windows show them again).</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../indicators/view.py" line="74" />
      <location filename="../indicators/view.py" line="159" />
      <source>Fetch the chosen indicator's figures from Statistics Norway</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../indicators/view.py" line="77" />
      <source>Fetch all from SSB</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../indicators/view.py" line="79" />
      <source>Import file …</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../indicators/view.py" line="80" />
      <source>Import a saved JSON-stat (.json) or CSV file for the chosen indicator</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../indicators/view.py" line="90" />
      <source>Progress</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../indicators/view.py" line="91" />
      <source>Cancel</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../indicators/view.py" line="130" />
      <source>The indicator data could not be read: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../indicators/view.py" line="160" />
      <source>This indicator is not published by Statistics Norway: import a saved file instead</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../indicators/view.py" line="208" />
      <source>Choose districts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../indicators/view.py" line="209" />
      <source>The districts to show beside the municipality, in the table and the chart.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../indicators/view.py" line="232" />
      <source>Choose municipalities to compare with</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../indicators/view.py" line="233" />
      <source>The municipalities (and the national figure) to compare %1 with. “Fetch from SSB” asks the indicator's table for them too.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../indicators/view.py" line="274" />
      <source>Import figures for %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../indicators/view.py" line="276" />
      <source>Indicator data (*.json *.csv);;JSON-stat (*.json);;CSV (*.csv)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../indicators/view.py" line="308" />
      <source>Fetching %1 of %2: %3 …</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../indicators/view.py" line="311" />
      <source>Working on %1 …</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../indicators/view.py" line="316" />
      <source>Stopping after the current indicator …</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../indicators/view.py" line="327" />
      <source>%n indicator(s) fetched from SSB.</source>
      <translation>
        <numerusform>%n indicator fetched from SSB.</numerusform>
        <numerusform>%n indicators fetched from SSB.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../indicators/view.py" line="335" />
      <source>%1: not in the publisher's table, left out: %2</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../indicators/view.py" line="338" />
      <source>Stopped: the remaining indicators were not fetched.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../indicators/view.py" line="340" />
      <source>Cancelled: the remaining indicators were not fetched.</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../indicators/view.py" line="347" />
      <source>%n figure(s) stored for %1 from %2.</source>
      <translation>
        <numerusform>%n figure stored for %1 from %2.</numerusform>
        <numerusform>%n figures stored for %1 from %2.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../indicators/view.py" line="352" />
      <source>Nothing was imported from %1: %2</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../indicators/view.py" line="356" />
      <source>Nothing was fetched: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../indicators/view.py" line="362" />
      <source>an unexpected error (%1)</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>IndicatorsField</name>
    <message>
      <location filename="../fields/indicators.py" line="57" />
      <source>Add an indicator</source>
      <extracomment>(value, period, source line) of an indicator's latest imported figure for a region. Where latest values come from; a FieldContext attribute of the same name wins. None means no data has been imported (the composition root wires the indicator store in).</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/indicators.py" line="61" />
      <source>Search the common indicator set</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/indicators.py" line="62" />
      <source>Search indicators</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/indicators.py" line="67" />
      <source>Indicator</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/indicators.py" line="67" />
      <source>Unit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/indicators.py" line="68" />
      <source>Levels</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/indicators.py" line="69" />
      <source>Common indicator set</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/indicators.py" line="77" />
      <source>Region of the new indicator</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/indicators.py" line="79" />
      <source>Add indicator</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/indicators.py" line="83" />
      <source>Region:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/indicators.py" line="128" />
      <source>municipality</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/indicators.py" line="128" />
      <source>district</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/indicators.py" line="184" />
      <source>%1 (whole municipality)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/indicators.py" line="187" />
      <source>%1 (district)</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../fields/indicators.py" line="219" />
      <source>Chosen indicators (%n)</source>
      <translation>
        <numerusform>Chosen indicators (%n)</numerusform>
        <numerusform>Chosen indicators (%n)</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../fields/indicators.py" line="222" />
      <source>No indicators chosen yet.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/indicators.py" line="249" />
      <source>Region for %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/indicators.py" line="254" />
      <source>up</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/indicators.py" line="254" />
      <source>down</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/indicators.py" line="256" />
      <source>Expected: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/indicators.py" line="258" />
      <source>(desired direction)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/indicators.py" line="261" />
      <source>Expected change of %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/indicators.py" line="266" />
      <source>Remove</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/indicators.py" line="268" />
      <source>Remove indicator %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/indicators.py" line="284" />
      <source>no data imported yet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/indicators.py" line="324" />
      <source>Add indicator %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/indicators.py" line="342" />
      <source>Change indicator</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/indicators.py" line="352" />
      <source>Remove indicator</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Labels</name>
    <message>
      <location filename="../labels.py" line="47" />
      <source>today %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../labels.py" line="49" />
      <source>yesterday %1</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Language</name>
    <message>
      <location filename="../labels.py" line="20" />
      <source>en</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>LineChart</name>
    <message>
      <location filename="../indicators/line_chart.py" line="57" />
      <source>Line chart</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../indicators/line_chart.py" line="70" />
      <location filename="../indicators/line_chart.py" line="93" />
      <source>No figures to show.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../indicators/line_chart.py" line="74" />
      <source>%1 over %2. The table beside it holds the figures.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>MainMenus</name>
    <message>
      <location filename="../main_menus.py" line="37" />
      <source>&amp;File</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../main_menus.py" line="38" />
      <source>&amp;New case</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../main_menus.py" line="41" />
      <source>&amp;Open case</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../main_menus.py" line="43" />
      <source>&amp;Recent cases</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../main_menus.py" line="46" />
      <source>&amp;Import case file…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../main_menus.py" line="48" />
      <source>&amp;Export case file…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../main_menus.py" line="50" />
      <source>Load e&amp;xample cases</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../main_menus.py" line="53" />
      <source>Connect to a &amp;shared database…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../main_menus.py" line="55" />
      <source>Back &amp;up now…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../main_menus.py" line="57" />
      <source>Res&amp;tore from backup…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../main_menus.py" line="60" />
      <source>Import indicator &amp;package…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../main_menus.py" line="62" />
      <source>&amp;Municipality…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../main_menus.py" line="65" />
      <source>&amp;Settings…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../main_menus.py" line="67" />
      <source>&amp;Quit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../main_menus.py" line="70" />
      <source>&amp;Edit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../main_menus.py" line="71" />
      <source>&amp;Search cases</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../main_menus.py" line="73" />
      <source>&amp;Duplicate case</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../main_menus.py" line="75" />
      <source>Move to &amp;bin</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../main_menus.py" line="77" />
      <source>&amp;Restore from bin</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../main_menus.py" line="79" />
      <source>&amp;Erase for good…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../main_menus.py" line="82" />
      <source>&amp;View</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../main_menus.py" line="83" />
      <source>&amp;Cases</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../main_menus.py" line="85" />
      <source>&amp;Bin</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../main_menus.py" line="88" />
      <source>&amp;Refresh</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../main_menus.py" line="90" />
      <source>&amp;Language</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../main_menus.py" line="98" />
      <source>&amp;Help</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../main_menus.py" line="99" />
      <source>&amp;User guide</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../main_menus.py" line="101" />
      <source>&amp;About ImpactApp</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../main_menus.py" line="138" />
      <source>(none)</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../main_window.py" line="63" />
      <source>shared database %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../main_window.py" line="83" />
      <source>Views</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../main_window.py" line="84" />
      <location filename="../main_window.py" line="107" />
      <source>Cases</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../main_window.py" line="84" />
      <source>Bin</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../main_window.py" line="93" />
      <source>Search cases …</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../main_window.py" line="95" />
      <source>Search cases</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../main_window.py" line="100" />
      <source>New case</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../main_window.py" line="223" />
      <source>The bin is empty.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../main_window.py" line="225" />
      <source>There are no cases in this database yet.

Start a new case with File → New case (Ctrl+N),
import a case file with File → Import case file … (Ctrl+I),
or look around in the example cases: File → Load example cases.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../main_window.py" line="235" />
      <source>%1 of %2 shown</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../main_window.py" line="238" />
      <source>%n case(s)</source>
      <translation>
        <numerusform>%n case</numerusform>
        <numerusform>%n cases</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../main_window.py" line="239" />
      <source>%n case(s) in the bin</source>
      <translation>
        <numerusform>%n case in the bin</numerusform>
        <numerusform>%n cases in the bin</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../main_window.py" line="240" />
      <source>shared database: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../main_window.py" line="241" />
      <source>database: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../main_window.py" line="288" />
      <source>The change was not saved.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../main_window.py" line="302" />
      <source>Duplicated as a new draft.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../main_window.py" line="315" />
      <source>Moved to the bin. You can restore it from View → Bin.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../main_window.py" line="322" />
      <source>Restored.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../main_window.py" line="336" />
      <source>Import case files</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../main_window.py" line="337" />
      <source>Case files (*.yaml *.yml *.json);;All files (*)</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../main_window.py" line="349" />
      <source>Imported %n case(s).</source>
      <translation>
        <numerusform>Imported %n case.</numerusform>
        <numerusform>Imported %n cases.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../main_window.py" line="359" />
      <source>Export case file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../main_window.py" line="360" />
      <source>Case files (*.yaml *.json)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../main_window.py" line="363" />
      <source>Exported to %1</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>MemoActions</name>
    <message>
      <location filename="../wizard/memo_actions.py" line="44" />
      <source>&amp;Export memo (PDF)…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../wizard/memo_actions.py" line="48" />
      <source>&amp;Copy summary</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../wizard/memo_actions.py" line="73" />
      <source>Export memo</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../wizard/memo_actions.py" line="74" />
      <source>PDF documents (*.pdf)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../wizard/memo_actions.py" line="82" />
      <source>Making the memo …</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../wizard/memo_actions.py" line="98" />
      <source>The summary is on the clipboard.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>MunicipalityDialog</name>
    <message>
      <location filename="../municipality_dialog.py" line="29" />
      <source>Choose municipality</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../municipality_dialog.py" line="34" />
      <source>Which municipality is this database for? Its figures, its city districts and the municipalities it is compared with follow from the choice.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../municipality_dialog.py" line="37" />
      <source>The municipality this database is for. Figures already fetched for another municipality stay under that municipality's number.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../municipality_dialog.py" line="41" />
      <source>Search by name or number, e.g. Lillehammer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../municipality_dialog.py" line="42" />
      <source>Search municipalities</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../municipality_dialog.py" line="46" />
      <source>Municipalities</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../municipality_dialog.py" line="83" />
      <source>%n municipalities</source>
      <translation>
        <numerusform>%n municipalities</numerusform>
        <numerusform>%n municipalities</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>PathChart</name>
    <message>
      <location filename="../followup/path_chart.py" line="36" />
      <source>Reference path</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../followup/path_chart.py" line="37" />
      <source>After decided measures</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../followup/path_chart.py" line="38" />
      <source>Target path</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../followup/path_chart.py" line="41" />
      <source>Emissions against the target path</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../followup/path_chart.py" line="52" />
      <source>No climate target is set.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>PillarGroup</name>
    <message>
      <location filename="../fields/screening.py" line="47" />
      <source>Not relevant as a whole</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/screening.py" line="53" />
      <source>%1: not relevant as a whole</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/screening.py" line="55" />
      <source>Why is the whole pillar not relevant?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/screening.py" line="56" />
      <location filename="../fields/screening.py" line="72" />
      <source>%1: reason</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/screening.py" line="70" />
      <source>Ticked: relevant to the case. Not ticked: not relevant, with a one-line reason.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/screening.py" line="71" />
      <source>Why not relevant? One line is enough.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/screening.py" line="90" />
      <source>One reason for all of them</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/screening.py" line="91" />
      <source>%1: one reason for every criterion without a reason</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/screening.py" line="144" />
      <source>· %1 of %2 relevant</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../fields/screening.py" line="150" />
      <source>%n criteria without a reason:</source>
      <translation>
        <numerusform>%n criteria without a reason:</numerusform>
        <numerusform>%n criteria without a reason:</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../fields/screening.py" line="151" />
      <source>Use for all %n</source>
      <translation>
        <numerusform>Use for all %n</numerusform>
        <numerusform>Use for all %n</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>PlaceActions</name>
    <message>
      <location filename="../place_actions.py" line="81" />
      <source>Fetch progress</source>
      <extracomment>What the background fetch runs: fn(indicators, regions, state) -&gt; FetchOutcome.</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../place_actions.py" line="101" />
      <location filename="../place_actions.py" line="105" />
      <source>Municipality</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../place_actions.py" line="106" />
      <source>This database is now for %1. Restart ImpactApp to see its districts and figures.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../place_actions.py" line="114" />
      <location filename="../place_actions.py" line="150" />
      <source>Import indicator package</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../place_actions.py" line="115" />
      <source>Indicator package (*.zip)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../place_actions.py" line="123" />
      <source>Choose the database's municipality first.</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../place_actions.py" line="134" />
      <source>Imported figures for %n indicator(s) from the package made %1.</source>
      <translation>
        <numerusform>Imported figures for %n indicator from the package made %1.</numerusform>
        <numerusform>Imported figures for %n indicators from the package made %1.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../place_actions.py" line="141" />
      <source>The package was not imported: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../place_actions.py" line="159" />
      <source>Fetch the indicator figures for %1 from Statistics Norway now? This runs in the background; without a network, import an indicator package later (File menu).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../place_actions.py" line="162" />
      <source>Fetch figures</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../place_actions.py" line="172" />
      <source>Fetching figures for %1 …</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../place_actions.py" line="196" />
      <source>Fetched figures for %n indicator(s).</source>
      <translation>
        <numerusform>Fetched figures for %n indicator.</numerusform>
        <numerusform>Fetched figures for %n indicators.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../place_actions.py" line="201" />
      <source>%n could not be fetched: %1</source>
      <translation>
        <numerusform>%n could not be fetched: %1</numerusform>
        <numerusform>%n could not be fetched: %1</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../place_actions.py" line="209" />
      <source>The figures could not be fetched: %1</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>PlanDialog</name>
    <message>
      <location filename="../steering/plan_dialog.py" line="44" />
      <source>Edit plan</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../steering/plan_dialog.py" line="44" />
      <source>Add plan</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../steering/plan_dialog.py" line="49" />
      <source>plan</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../steering/plan_dialog.py" line="49" />
      <source>strategy</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../steering/plan_dialog.py" line="50" />
      <source>initiative</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../steering/plan_dialog.py" line="64" />
      <source>&amp;Name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../steering/plan_dialog.py" line="65" />
      <source>&amp;Kind</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../steering/plan_dialog.py" line="66" />
      <source>Responsible &amp;unit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../steering/plan_dialog.py" line="67" />
      <source>&amp;From year</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../steering/plan_dialog.py" line="68" />
      <source>&amp;To year</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../steering/plan_dialog.py" line="69" />
      <source>&amp;Link or reference</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../steering/plan_dialog.py" line="70" />
      <source>&amp;SDG targets</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../steering/plan_dialog.py" line="71" />
      <source>&amp;Indicators</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../steering/plan_dialog.py" line="72" />
      <location filename="../steering/plan_dialog.py" line="122" />
      <source>Name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../steering/plan_dialog.py" line="73" />
      <source>Responsible unit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../steering/plan_dialog.py" line="74" />
      <location filename="../steering/plan_dialog.py" line="123" />
      <source>From year</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../steering/plan_dialog.py" line="75" />
      <location filename="../steering/plan_dialog.py" line="123" />
      <source>To year</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../steering/plan_dialog.py" line="76" />
      <location filename="../steering/plan_dialog.py" line="127" />
      <source>SDG targets</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../steering/plan_dialog.py" line="122" />
      <source>Kind</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../steering/plan_dialog.py" line="128" />
      <source>Indicators</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>PlansView</name>
    <message>
      <location filename="../steering/plans_view.py" line="71" />
      <source>Plans, strategies and initiatives</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../steering/plans_view.py" line="78" />
      <source>&amp;Add plan …</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../steering/plans_view.py" line="79" />
      <source>&amp;Edit …</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../steering/plans_view.py" line="80" />
      <source>&amp;Remove</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../steering/plans_view.py" line="81" />
      <source>&amp;Import file …</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../steering/plans_view.py" line="82" />
      <source>E&amp;xport file …</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../steering/plans_view.py" line="98" />
      <source>Name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../steering/plans_view.py" line="98" />
      <source>Kind</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../steering/plans_view.py" line="98" />
      <source>Responsible unit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../steering/plans_view.py" line="98" />
      <source>Period</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../steering/plans_view.py" line="99" />
      <source>SDG targets</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../steering/plans_view.py" line="99" />
      <source>Indicators</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../steering/plans_view.py" line="99" />
      <source>Link or reference</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../steering/plans_view.py" line="100" />
      <location filename="../steering/plans_view.py" line="111" />
      <source>Plans</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../steering/plans_view.py" line="105" />
      <source>What addresses each locally relevant SDG target</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../steering/plans_view.py" line="111" />
      <source>Target</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../steering/plans_view.py" line="111" />
      <source>Text</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../steering/plans_view.py" line="111" />
      <source>Decided measures</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../steering/plans_view.py" line="112" />
      <source>Pipeline</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../steering/plans_view.py" line="112" />
      <source>Coverage of locally relevant SDG targets</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../steering/plans_view.py" line="145" />
      <source>plan</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../steering/plans_view.py" line="145" />
      <source>strategy</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../steering/plans_view.py" line="146" />
      <source>initiative</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../steering/plans_view.py" line="163" />
      <source>%1 of %2 locally relevant targets are addressed by nothing: no plan, no decided measure, no case in the pipeline (marked). Decided measures (approved or decided cases) and the pipeline (drafts, in review) are kept apart.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../steering/plans_view.py" line="207" />
      <source>Remove plan</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../steering/plans_view.py" line="208" />
      <source>Remove “%1” from the register?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../steering/plans_view.py" line="215" />
      <source>Import plans</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../steering/plans_view.py" line="215" />
      <location filename="../steering/plans_view.py" line="235" />
      <source>Plan files (*.yaml *.yml)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../steering/plans_view.py" line="223" />
      <source>Nothing was imported from %1:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../steering/plans_view.py" line="227" />
      <source>%1 cannot be read: %2</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../steering/plans_view.py" line="234" />
      <source>Export plans</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../steering/plans_view.py" line="243" />
      <source>%1 cannot be written: %2</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../steering/plans_view.py" line="246" />
      <source>%n plan(s) written to %1.</source>
      <translation>
        <numerusform>%n plan written to %1.</numerusform>
        <numerusform>%n plans written to %1.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>PortfolioCharts</name>
    <message>
      <location filename="../comparison/portfolio_charts.py" line="45" />
      <location filename="../comparison/portfolio_charts.py" line="120" />
      <source>Positive</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../comparison/portfolio_charts.py" line="46" />
      <location filename="../comparison/portfolio_charts.py" line="121" />
      <source>Negative</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../comparison/portfolio_charts.py" line="52" />
      <source>Goal %1 %2 – cases contributing positively: %3, negatively: %4, mixed: %5.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../comparison/portfolio_charts.py" line="79" />
      <source>no year</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../comparison/portfolio_charts.py" line="80" />
      <source>%1: %2 t CO2e per year (cases: %3)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../comparison/portfolio_charts.py" line="83" />
      <source>in force from then %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../comparison/portfolio_charts.py" line="93" />
      <source>Harm, not mitigated</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../comparison/portfolio_charts.py" line="95" />
      <source>Harm, mitigated</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../comparison/portfolio_charts.py" line="97" />
      <source>Gain</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../comparison/portfolio_charts.py" line="103" />
      <source>%1 – cases harming it: %2 (without mitigation: %3); cases benefiting it: %4.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../comparison/portfolio_charts.py" line="127" />
      <source>%1 – cases positive: %2, negative: %3; net %4.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../comparison/portfolio_charts.py" line="128" />
      <source>net %1</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>PortfolioSteering</name>
    <message>
      <location filename="../steering/portfolio_section.py" line="62" />
      <source>Indicator targets: where we stand</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../steering/portfolio_section.py" line="67" />
      <source>Indicator</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../steering/portfolio_section.py" line="67" />
      <source>Target</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../steering/portfolio_section.py" line="67" />
      <source>Latest</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../steering/portfolio_section.py" line="68" />
      <source>Gap</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../steering/portfolio_section.py" line="68" />
      <source>Path</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../steering/portfolio_section.py" line="69" />
      <source>Indicator targets</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../steering/portfolio_section.py" line="71" />
      <source>What addresses the locally relevant SDG targets</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../steering/portfolio_section.py" line="79" />
      <source>SDG target</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../steering/portfolio_section.py" line="79" />
      <source>Plans</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../steering/portfolio_section.py" line="80" />
      <source>Decided measures</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../steering/portfolio_section.py" line="80" />
      <source>Pipeline</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../steering/portfolio_section.py" line="81" />
      <source>Coverage of locally relevant SDG targets</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../steering/portfolio_section.py" line="93" />
      <source>at most</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../steering/portfolio_section.py" line="93" />
      <source>at least</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../steering/portfolio_section.py" line="94" />
      <source>configuration</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../steering/portfolio_section.py" line="95" />
      <source>set in the program</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../steering/portfolio_section.py" line="107" />
      <source>%1 of %2 locally relevant targets are addressed by nothing (marked).</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>PortfolioView</name>
    <message>
      <location filename="../comparison/portfolio_view.py" line="97" />
      <source>Sustainability portfolio</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../comparison/portfolio_view.py" line="104" />
      <source>E&amp;xport report (PDF) …</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../comparison/portfolio_view.py" line="106" />
      <source>Save the portfolio of the cases shown as a PDF/A report</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../comparison/portfolio_view.py" line="121" />
      <source>SDG goals</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../comparison/portfolio_view.py" line="122" />
      <source>Climate budget by year</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../comparison/portfolio_view.py" line="123" />
      <source>Cut</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../comparison/portfolio_view.py" line="123" />
      <source>Increase</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../comparison/portfolio_view.py" line="123" />
      <source>Total in force</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../comparison/portfolio_view.py" line="124" />
      <source>Distributional effects</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../comparison/portfolio_view.py" line="125" />
      <source>Districts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../comparison/portfolio_view.py" line="127" />
      <source>No cases with such effects.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../comparison/portfolio_view.py" line="129" />
      <source>No approved or decided measure with a quantified direct effect.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../comparison/portfolio_view.py" line="133" />
      <source>Cases contributing to each goal, from confirmed SDG targets; ± cases with a mixed contribution.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../comparison/portfolio_view.py" line="135" />
      <source>Cases with a positive and a negative effect in each district; net: the sum of the ratings (−3 to +3).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../comparison/portfolio_view.py" line="137" />
      <source>Change in t CO2e per year against the zero alternative by the year it starts: direct effects of approved and decided cases only.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../comparison/portfolio_view.py" line="140" />
      <source>Cases harming or benefiting each group, and whether the harm has a written mitigation.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../comparison/portfolio_view.py" line="203" />
      <source>Working out the portfolio …</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../comparison/portfolio_view.py" line="214" />
      <source>all cases</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../comparison/portfolio_view.py" line="215" />
      <source>Selection: %1 (%n case(s)).</source>
      <translation>
        <numerusform>Selection: %1 (%n case).</numerusform>
        <numerusform>Selection: %1 (%n cases).</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../comparison/portfolio_view.py" line="228" />
      <source>The portfolio could not be worked out: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../comparison/portfolio_view.py" line="254" />
      <source>Export the portfolio report</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../comparison/portfolio_view.py" line="255" />
      <source>portfolio</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../comparison/portfolio_view.py" line="256" />
      <source>PDF documents (*.pdf)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../comparison/portfolio_view.py" line="268" />
      <source>Making the portfolio report …</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ProfileDialog</name>
    <message>
      <location filename="../profile_dialog.py" line="27" />
      <source>Settings</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../profile_dialog.py" line="27" />
      <source>Who are you?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../profile_dialog.py" line="29" />
      <source>Used as the defaults when you start a new case, and recorded with every status change you make (review, approval, decision).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../profile_dialog.py" line="32" />
      <source>Welcome to ImpactApp. Please give your name and unit first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../profile_dialog.py" line="41" />
      <source>Your name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../profile_dialog.py" line="42" />
      <source>Unit (agency, district or enterprise)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../profile_dialog.py" line="43" />
      <source>Municipality</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../profile_dialog.py" line="65" />
      <source>“%1” is a system account, not a person; give your own name.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../profile_dialog.py" line="68" />
      <source>Your name is required: it is recorded with every status change.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>RatingDelegate</name>
    <message>
      <location filename="../fields/rating_cell.py" line="184" />
      <location filename="../fields/rating_cell.py" line="188" />
      <source>Rating</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/rating_cell.py" line="199" />
      <source>Remove rating</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>RatingGridModel</name>
    <message>
      <location filename="../fields/rating_grid.py" line="189" />
      <source>certainty %1 %2</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>RatingGridView</name>
    <message>
      <location filename="../fields/rating_view.py" line="133" />
      <source>Rating removed (Ctrl+Z undoes it).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/rating_view.py" line="156" />
      <source>“%1” is not on this criterion's scale (%2).</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>RatingStyle</name>
    <message>
      <location filename="../fields/rating_style.py" line="58" />
      <source>Unknown (knowledge gap)</source>
      <extracomment>UI.md's palette, shared with the memo and the spreadsheet export. Certainty as a shape, so it never depends on colour: filled, half, hollow.</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/rating_style.py" line="73" />
      <source>Not rated</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>RatingsField</name>
    <message>
      <location filename="../fields/ratings.py" line="61" />
      <source>Measures</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/ratings.py" line="62" />
      <source>Criteria</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/ratings.py" line="92" />
      <source>Certainty: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/ratings.py" line="100" />
      <source>There is no measure to rate yet: add one in the Alternatives step. Each measure is rated against the zero alternative.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/ratings.py" line="105" />
      <source>Each measure is rated against the zero alternative, “%1”, which is the reference and is not rated itself.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/ratings.py" line="109" />
      <source>Each measure is rated against the zero alternative.</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../fields/ratings.py" line="112" />
      <source>Show all criteria (%n screened out)</source>
      <translation>
        <numerusform>Show all criteria (%n screened out)</numerusform>
        <numerusform>Show all criteria (%n screened out)</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../fields/ratings.py" line="122" />
      <source>Type %1, ? for unknown or n for not relevant; Enter opens a list of values; Delete removes a rating.</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../fields/ratings.py" line="201" />
      <source>Ratings that need attention: %n, marked with ! in the table.</source>
      <translation>
        <numerusform>Ratings that need attention: %n, marked with ! in the table.</numerusform>
        <numerusform>Ratings that need attention: %n, marked with ! in the table.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>RatingsModel</name>
    <message>
      <location filename="../fields/ratings_model.py" line="65" />
      <source>Screened out as not relevant: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/ratings_model.py" line="92" />
      <source>Rating of %1</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>RegionPickerDialog</name>
    <message>
      <location filename="../indicators/region_picker.py" line="48" />
      <source>Select all</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../indicators/region_picker.py" line="49" />
      <source>Clear</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../indicators/region_picker.py" line="55" />
      <source>Back to the default</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../indicators/region_picker.py" line="68" />
      <source>Add a municipality (number and name):</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../indicators/region_picker.py" line="71" />
      <source>e.g. 1108 Sandnes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../indicators/region_picker.py" line="72" />
      <source>Municipality number and name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../indicators/region_picker.py" line="74" />
      <source>Add</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../indicators/region_picker.py" line="130" />
      <source>Write the four-digit municipality number and the name, e.g. 1108 Sandnes.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ReviewField</name>
    <message>
      <location filename="../fields/review.py" line="31" />
      <source>Step</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/review.py" line="31" />
      <source>Verdict</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/review.py" line="31" />
      <source>Reviewer's note</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/review.py" line="32" />
      <source>Caseworker's answer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/review.py" line="78" />
      <location filename="../fields/review.py" line="202" />
      <source>Verdict on %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/review.py" line="83" />
      <source>Reviewer's note on %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/review.py" line="85" />
      <source>Caseworker's answer on %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/review.py" line="113" />
      <source>(given before the case was taken back to draft: confirm it)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/review.py" line="136" />
      <source>Status: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/review.py" line="140" />
      <source>The case is decided; its status cannot change.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/review.py" line="146" />
      <source>Nothing blocks sending the case for review.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/review.py" line="147" />
      <source>Before the case can be sent for review:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/review.py" line="148" />
      <source>Nothing blocks approving the case.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/review.py" line="149" />
      <source>Before the case can be approved:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/review.py" line="150" />
      <source>Nothing blocks recording the decision.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/review.py" line="151" />
      <source>Before the decision can be recorded:</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../fields/review.py" line="157" />
      <source>… and %n more</source>
      <translation>
        <numerusform>… and %n more</numerusform>
        <numerusform>… and %n more</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../fields/review.py" line="210" />
      <source>Note on %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/review.py" line="210" />
      <source>Answer on %1</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>SaveFailureBar</name>
    <message>
      <location filename="../wizard/save_bar.py" line="35" />
      <source>Export case file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../wizard/save_bar.py" line="53" />
      <source>The case could not be written to %1: %2</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../wizard/save_bar.py" line="74" />
      <source>Not saved</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../wizard/save_bar.py" line="75" />
      <source>&amp;Try again now</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../wizard/save_bar.py" line="76" />
      <source>&amp;Export to a file …</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../wizard/save_bar.py" line="90" />
      <source>Your changes could not be saved: %1 They are kept in this window; export them to a file to keep them.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../wizard/save_bar.py" line="94" />
      <source>Your latest changes could not be saved: %1 They are kept in this window, and ImpactApp tries again every few seconds. The database file has not been changed.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ScreeningField</name>
    <message>
      <location filename="../fields/screening.py" line="212" />
      <location filename="../fields/screening.py" line="224" />
      <source>Relevant criteria</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/screening.py" line="233" />
      <location filename="../fields/screening.py" line="242" />
      <source>Reason not relevant</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ScreeningQuestionsField</name>
    <message>
      <location filename="../fields/screening_questions.py" line="77" />
      <source>Use the suggested depth</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/screening_questions.py" line="78" />
      <source>Write the reason</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/screening_questions.py" line="104" />
      <source>Screening answer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/screening_questions.py" line="109" />
      <source>Depth</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/screening_questions.py" line="130" />
      <source>Reason for the chosen depth</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/screening_questions.py" line="134" />
      <source>Minimum: the six questions of the Instructions for Official Studies answered, and one rating per pillar for each measure.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/screening_questions.py" line="136" />
      <source>Simplified: every relevant criterion rated for each measure.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/screening_questions.py" line="138" />
      <source>Full: as simplified, plus the climate effect, costs in NOK, uncertainty, the effect per city district and at least one indicator.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/screening_questions.py" line="160" />
      <source>Answer the questions to get a suggested depth.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/screening_questions.py" line="165" />
      <source>Suggested depth: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/screening_questions.py" line="173" />
      <source>You have chosen %1, which differs from the suggestion. Give the reason in “%2”.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/screening_questions.py" line="178" />
      <source>The chosen depth, %1, follows the suggestion.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>SdgTargets</name>
    <message>
      <location filename="../fields/target_picker.py" line="128" />
      <source>Positive</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/target_picker.py" line="129" />
      <source>Negative</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/target_picker.py" line="130" />
      <source>Mixed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/target_picker.py" line="142" />
      <source>(unofficial translation)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/target_picker.py" line="149" />
      <source>high</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/target_picker.py" line="150" />
      <source>some</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/target_picker.py" line="151" />
      <source>low</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/target_picker.py" line="165" />
      <source>Target %1 · Goal %2 %3</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/target_picker.py" line="169" />
      <source>Local relevance: %1 – %2</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/target_picker.py" line="173" />
      <source>Linked criteria: %1</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>SdgTargetsField</name>
    <message>
      <location filename="../fields/sdg.py" line="112" />
      <source>The case has no measures yet. Add them under Alternatives.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/sdg.py" line="134" />
      <source>Contribution per goal (confirmed targets)</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../fields/sdg.py" line="137" />
      <source>Confirmed targets (%n)</source>
      <translation>
        <numerusform>Confirmed targets (%n)</numerusform>
        <numerusform>Confirmed targets (%n)</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../fields/sdg.py" line="139" />
      <source>No confirmed targets yet.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/sdg.py" line="359" />
      <source>Confirm all suggested targets</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/sdg.py" line="252" />
      <source>No suggestions: no criterion is rated positive or negative for this measure.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/sdg.py" line="147" />
      <source>Add a target …</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/sdg.py" line="173" />
      <source>Goal %1: %2</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/sdg.py" line="185" />
      <source>Added by the caseworker</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/sdg.py" line="192" />
      <source>Suggested by: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/sdg.py" line="203" />
      <source>Contribution to target %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/sdg.py" line="206" />
      <source>Contribution to SDG target %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/sdg.py" line="208" />
      <source>Remove</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/sdg.py" line="210" />
      <source>Remove target %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/sdg.py" line="214" />
      <source>suggested: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/sdg.py" line="218" />
      <source>Note (optional)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/sdg.py" line="219" />
      <source>Note on target %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/sdg.py" line="222" />
      <source>Note on SDG target %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/sdg.py" line="251" />
      <source>Every suggestion is confirmed or dismissed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/sdg.py" line="268" />
      <source>Target %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/sdg.py" line="309" />
      <source>Confirm SDG target %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/sdg.py" line="320" />
      <source>Dismiss SDG target %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/sdg.py" line="340" />
      <source>Restore SDG target %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/sdg.py" line="366" />
      <source>Remove SDG target %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/sdg.py" line="395" />
      <source>Add SDG target %1</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>SharedDatabaseActions</name>
    <message>
      <location filename="../shared_actions.py" line="106" />
      <source>Someone else saved this case; it shows their version now.</source>
      <extracomment>How soon a reload that found the server gone is tried again. The user connected to a shared database: the program goes on with this store. Others' changes were taken in (the case ids, or None: everything was read again).</extracomment>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>SidePanels</name>
    <message>
      <location filename="../wizard/desk.py" line="57" />
      <location filename="../wizard/desk.py" line="59" />
      <location filename="../wizard/desk.py" line="60" />
      <source>Steps and guidance</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../wizard/desk.py" line="58" />
      <source>Show or hide the step list and the guidance (F9)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../wizard/desk.py" line="66" />
      <source>Step</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../wizard/desk.py" line="71" />
      <source>Step %1 of %2</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>StatusActions</name>
    <message>
      <location filename="../wizard/status_actions.py" line="41" />
      <source>Send to &amp;review</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../wizard/status_actions.py" line="42" />
      <source>Take back to &amp;draft</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../wizard/status_actions.py" line="43" />
      <source>&amp;Approve</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../wizard/status_actions.py" line="44" />
      <source>Mark as &amp;decided</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../wizard/status_actions.py" line="46" />
      <source>Start a &amp;new revision</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../wizard/status_actions.py" line="49" />
      <source>Earlier &amp;revisions</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../wizard/status_actions.py" line="86" />
      <source>Not allowed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../wizard/status_actions.py" line="87" />
      <source>You cannot make this change:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../wizard/status_actions.py" line="100" />
      <source>Approve and lock?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../wizard/status_actions.py" line="98" />
      <source>Approve revision %1 of this case and lock it?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../wizard/status_actions.py" line="94" />
      <source>Everything in the case becomes read-only: every step's fields, the ratings, the SDG targets, the trade-offs, the recommendation and the review. The approval, with your name and the time, cannot be undone; later changes need a new revision.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../wizard/status_actions.py" line="101" />
      <source>Approve and lock</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../wizard/status_actions.py" line="167" />
      <source>Revision %1, approved %2 by %3</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../wizard/status_actions.py" line="174" />
      <source>(none yet)</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Steering</name>
    <message>
      <location filename="../steering/words.py" line="20" />
      <source>No target set for this indicator.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../steering/words.py" line="25" />
      <source>Target: %1 (%2).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../steering/words.py" line="32" />
      <source>at most %1 %2 by %3</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../steering/words.py" line="34" />
      <source>at least %1 %2 by %3</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../steering/words.py" line="42" />
      <source>from the municipality's configuration (targets.yaml)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../steering/words.py" line="44" />
      <source>set in the program by %1 on %2</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../steering/words.py" line="47" />
      <source>replaces the configuration's %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../steering/words.py" line="55" />
      <source>moving the right way</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../steering/words.py" line="57" />
      <source>moving the wrong way</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../steering/words.py" line="59" />
      <source>no clear change</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../steering/words.py" line="60" />
      <source>too few figures for a trend</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../steering/words.py" line="66" />
      <source>target met</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../steering/words.py" line="68" />
      <source>on path to the target</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../steering/words.py" line="70" />
      <source>not on path to the target</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../steering/words.py" line="71" />
      <source>path unknown</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../steering/words.py" line="77" />
      <source>No figure for the municipality yet: the gap cannot be shown.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../steering/words.py" line="79" />
      <source>Latest figure %1: %2</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../steering/words.py" line="80" />
      <source>gap %1</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>StepKeys</name>
    <message>
      <location filename="../wizard/desk.py" line="103" />
      <source>Next step</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../wizard/desk.py" line="108" />
      <source>Previous step</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>SuggestionModel</name>
    <message>
      <location filename="../fields/suggestion_list.py" line="65" />
      <source>Dismissed: %1</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>SuggestionsPanel</name>
    <message numerus="yes">
      <location filename="../fields/sdg_suggestions.py" line="46" />
      <source>Suggestions (%n), strongest first</source>
      <translation>
        <numerusform>Suggestions (%n), strongest first</numerusform>
        <numerusform>Suggestions (%n), strongest first</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../fields/sdg_suggestions.py" line="48" />
      <source>Suggestions: the %1 strongest of %2</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/sdg_suggestions.py" line="57" />
      <source>Confirm all</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/sdg_suggestions.py" line="58" />
      <source>Confirm all suggested targets</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/sdg_suggestions.py" line="65" />
      <source>Up and Down choose a suggestion, Space confirms it, Delete dismisses it with a reason.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/sdg_suggestions.py" line="76" />
      <source>Confirm</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/sdg_suggestions.py" line="77" />
      <source>Dismiss …</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/sdg_suggestions.py" line="78" />
      <source>Restore</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/sdg_suggestions.py" line="80" />
      <source>Acts on the suggestion chosen in the list above</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../fields/sdg_suggestions.py" line="87" />
      <source>Show all (%n more)</source>
      <translation>
        <numerusform>Show all (%n more)</numerusform>
        <numerusform>Show all (%n more)</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../fields/sdg_suggestions.py" line="88" />
      <source>Show all</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/sdg_suggestions.py" line="177" />
      <source>Suggested targets for %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/sdg_suggestions.py" line="179" />
      <source>Space confirms the chosen target, Delete dismisses it with a reason.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>TargetDialog</name>
    <message>
      <location filename="../followup/target_dialog.py" line="28" />
      <source>Climate target</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../followup/target_dialog.py" line="46" />
      <source>Cut</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../followup/target_dialog.py" line="47" />
      <source>By the year</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../followup/target_dialog.py" line="48" />
      <source>Against the base year</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../followup/target_dialog.py" line="49" />
      <source>Emissions in the base year</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../followup/target_dialog.py" line="55" />
      <source>Save</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../followup/target_dialog.py" line="56" />
      <source>Cancel</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../steering/target_dialog.py" line="56" />
      <source>Target for %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../steering/target_dialog.py" line="60" />
      <source>Target value</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../steering/target_dialog.py" line="63" />
      <source>Target year</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../steering/target_dialog.py" line="65" />
      <source>at most (lower is better)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../steering/target_dialog.py" line="66" />
      <source>at least (higher is better)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../steering/target_dialog.py" line="67" />
      <location filename="../steering/target_dialog.py" line="108" />
      <source>Direction</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../steering/target_dialog.py" line="68" />
      <source>&amp;Value (%1)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../steering/target_dialog.py" line="70" />
      <source>&amp;Year</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../steering/target_dialog.py" line="71" />
      <source>&amp;Direction</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../steering/target_dialog.py" line="81" />
      <source>&amp;Remove target</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../steering/target_dialog.py" line="105" />
      <source>Write the target value.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../steering/target_dialog.py" line="107" />
      <source>Value</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../steering/target_dialog.py" line="107" />
      <source>Year</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>TargetPanel</name>
    <message>
      <location filename="../steering/target_dialog.py" line="139" />
      <source>Set &amp;target …</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>TargetPickerDialog</name>
    <message>
      <location filename="../fields/target_picker.py" line="187" />
      <source>Add a target – %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/target_picker.py" line="191" />
      <source>Number or words, e.g. 11.6, luft or air</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/target_picker.py" line="192" />
      <source>Search targets</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/target_picker.py" line="195" />
      <source>&amp;Search</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/target_picker.py" line="200" />
      <source>Target</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/target_picker.py" line="200" />
      <source>Text</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/target_picker.py" line="201" />
      <source>Local relevance</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/target_picker.py" line="205" />
      <source>Targets</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../fields/target_picker.py" line="213" />
      <source>Show all %n targets</source>
      <translation>
        <numerusform>Show all %n targets</numerusform>
        <numerusform>Show all %n targets</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../fields/target_picker.py" line="226" />
      <location filename="../fields/target_picker.py" line="232" />
      <source>Contribution:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/target_picker.py" line="227" />
      <source>▲ &amp;Positive</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/target_picker.py" line="227" />
      <source>▼ &amp;Negative</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/target_picker.py" line="228" />
      <source>◆ &amp;Mixed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/target_picker.py" line="240" />
      <source>Add target</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/target_picker.py" line="242" />
      <source>Cancel</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/target_picker.py" line="304" />
      <source>(already added)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/target_picker.py" line="319" />
      <source>Showing %1 of %2</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/target_picker.py" line="326" />
      <source>No target matches.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>TradeOffsField</name>
    <message>
      <location filename="../fields/trade_offs.py" line="38" />
      <source>Three ways to handle a trade-off: mitigation that reduces the harm, compensation for those who lose, or an explicit acceptance with the reason.</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../fields/trade_offs.py" line="107" />
      <source>%n trade-off(s) without handling</source>
      <translation>
        <numerusform>%n trade-off without handling</numerusform>
        <numerusform>%n trade-offs without handling</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../fields/trade_offs.py" line="109" />
      <source>Every trade-off is handled.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/trade_offs.py" line="110" />
      <source>No trade-offs found.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/trade_offs.py" line="121" />
      <source>The case has no measures yet. Add them under Alternatives.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/trade_offs.py" line="130" />
      <source>No trade-offs for this measure.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/trade_offs.py" line="161" />
      <source>Negative:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/trade_offs.py" line="167" />
      <source>Against:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/trade_offs.py" line="175" />
      <source>Describe the mitigation or compensation, or why the harm is accepted.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/trade_offs.py" line="178" />
      <source>Handling of the negative effect on %1 – %2</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/trade_offs.py" line="201" />
      <source>Handling written for “%1”, which is no longer a trade-off:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/trade_offs.py" line="204" />
      <source>Remove this handling</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/trade_offs.py" line="205" />
      <source>Remove the handling of %1 – %2</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/trade_offs.py" line="217" />
      <source>Handled</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/trade_offs.py" line="220" />
      <source>Handling missing</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/trade_offs.py" line="260" />
      <source>Handling of %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/trade_offs.py" line="268" />
      <source>Remove handling</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>UnsavedCloseBox</name>
    <message>
      <location filename="../wizard/save_bar.py" line="117" />
      <source>Changes not saved</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../wizard/save_bar.py" line="114" />
      <source>Your latest changes to “%1” could not be saved.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../wizard/save_bar.py" line="111" />
      <source>Export the case to a file so nothing is lost; you can import the file later (File → Import case file).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../wizard/save_bar.py" line="119" />
      <source>&amp;Export to a file …</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../wizard/save_bar.py" line="120" />
      <source>&amp;Try again</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../wizard/save_bar.py" line="121" />
      <source>Close &amp;without saving</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../wizard/save_bar.py" line="123" />
      <source>&amp;Keep the window open</source>
      <translation type="unfinished" />
    </message>
  </context>
</TS>