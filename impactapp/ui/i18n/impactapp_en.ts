<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
  <context>
    <name>AlternativeCard</name>
    <message>
      <location filename="../fields/alternatives.py" line="99" />
      <source>Recommended</source>
      <extracomment>Default names are content (they appear in the memo), so they follow the memo's language.</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/alternatives.py" line="102" />
      <source>↑ Move up</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/alternatives.py" line="103" />
      <source>↓ Move down</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/alternatives.py" line="104" />
      <source>Remove …</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/alternatives.py" line="116" />
      <location filename="../fields/alternatives.py" line="170" />
      <source>Name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/alternatives.py" line="117" />
      <location filename="../fields/alternatives.py" line="171" />
      <source>Description</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/alternatives.py" line="126" />
      <source>Remove</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/alternatives.py" line="127" />
      <location filename="../fields/alternatives.py" line="193" />
      <source>Cancel</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/alternatives.py" line="174" />
      <source>Move %1 up</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/alternatives.py" line="175" />
      <source>Move %1 down</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/alternatives.py" line="176" />
      <source>Remove %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/alternatives.py" line="183" />
      <source>“%1” is the recommended alternative and cannot be removed. Recommend another alternative first (step Recommendation).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/alternatives.py" line="187" />
      <source>OK</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/alternatives.py" line="190" />
      <source>Remove “%1” with its ratings, climate effect and costs?</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>AlternativesField</name>
    <message>
      <location filename="../fields/alternatives.py" line="221" />
      <source>The zero alternative is to continue as today or as already decided. Every measure is assessed against it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/alternatives.py" line="230" />
      <source>+ Add measure</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/alternatives.py" line="231" />
      <source>+ Add zero alternative</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/alternatives.py" line="257" />
      <source>Add zero alternative</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/alternatives.py" line="264" />
      <source>Add measure</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/alternatives.py" line="276" />
      <source>Name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/alternatives.py" line="276" />
      <source>Description</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/alternatives.py" line="291" />
      <source>Move measure</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/alternatives.py" line="307" />
      <source>Remove measure</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/alternatives.py" line="337" />
      <source>Zero alternative</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/alternatives.py" line="339" />
      <source>Measure %1</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>App</name>
    <message>
      <location filename="../../app.py" line="55" />
      <source>The criteria catalog is invalid, so ImpactApp cannot start.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app.py" line="62" />
      <source>The database cannot be opened.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>AppController</name>
    <message>
      <location filename="../controller.py" line="104" />
      <source>revision %1</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../controller.py" line="136" />
      <source>The database is empty. Load %n example case(s) to look around and learn the method? You can delete them later.</source>
      <translation>
        <numerusform>The database is empty. Load %n example case to look around and learn the method? You can delete them later.</numerusform>
        <numerusform>The database is empty. Load %n example cases to look around and learn the method? You can delete them later.</numerusform>
      </translation>
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
      <location filename="../fields/assessment_editor.py" line="63" />
      <source>Low</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/assessment_editor.py" line="63" />
      <source>Medium</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/assessment_editor.py" line="63" />
      <source>High</source>
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
    <name>CaseListModel</name>
    <message>
      <location filename="../case_list_model.py" line="43" />
      <source>Title</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../case_list_model.py" line="44" />
      <source>Case no.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../case_list_model.py" line="45" />
      <source>Unit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../case_list_model.py" line="46" />
      <source>Status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../case_list_model.py" line="47" />
      <source>Depth</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../case_list_model.py" line="48" />
      <source>Last changed</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>CaseOps</name>
    <message>
      <location filename="../case_ops.py" line="18" />
      <source>Zero alternative – as today</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../case_ops.py" line="20" />
      <source>New case</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../case_ops.py" line="31" />
      <source>Copy of %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../case_ops.py" line="60" />
      <location filename="../case_ops.py" line="72" />
      <source>Import</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../case_ops.py" line="73" />
      <source>The import could not be saved.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../case_ops.py" line="86" />
      <source>Export</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../case_ops.py" line="87" />
      <source>The case could not be exported.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../case_ops.py" line="97" />
      <location filename="../case_ops.py" line="107" />
      <source>Erase for good</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../case_ops.py" line="98" />
      <source>Erase “%1” for good? It can not be restored afterwards.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../case_ops.py" line="108" />
      <source>Are you sure? The case and all its revisions will be erased.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>CaseWindow</name>
    <message>
      <location filename="../wizard/window.py" line="48" />
      <source>Steps</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../wizard/window.py" line="79" />
      <source>Back</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../wizard/window.py" line="80" />
      <source>Next</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../wizard/window.py" line="108" />
      <source>&amp;Edit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../wizard/window.py" line="109" />
      <source>&amp;Undo</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../wizard/window.py" line="111" />
      <source>&amp;Redo</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../wizard/window.py" line="115" />
      <source>&amp;Close case</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../wizard/window.py" line="176" />
      <source>complete</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../wizard/window.py" line="176" />
      <source>incomplete</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../wizard/window.py" line="177" />
      <source>has review notes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../wizard/window.py" line="177" />
      <source>not started</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../wizard/window.py" line="189" />
      <source>%n trade-off(s) without handling</source>
      <translation>
        <numerusform>%n trade-off without handling</numerusform>
        <numerusform>%n trade-offs without handling</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../wizard/window.py" line="190" />
      <source>%n knowledge gap(s)</source>
      <translation>
        <numerusform>%n knowledge gap</numerusform>
        <numerusform>%n knowledge gaps</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../wizard/window.py" line="196" />
      <source>Not saved: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../wizard/window.py" line="198" />
      <source>Saving …</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../wizard/window.py" line="200" />
      <source>Saved %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../wizard/window.py" line="202" />
      <source>Saved</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../wizard/window.py" line="210" />
      <source>Approved by %1 – this revision is locked and cannot be changed.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>CostField</name>
    <message>
      <location filename="../fields/measures.py" line="383" />
      <source>Add a measure in the step Alternatives to give its costs.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>CostSection</name>
    <message>
      <location filename="../fields/measures.py" line="354" />
      <source>“%1” is not an amount. Write it like 1 500 000 or −250 000.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/measures.py" line="356" />
      <source>Investment</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/measures.py" line="356" />
      <source>kr</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/measures.py" line="359" />
      <source>Annual operating cost</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/measures.py" line="359" />
      <source>kr per year (negative = saving)</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>DistrictsField</name>
    <message>
      <location filename="../fields/districts.py" line="115" />
      <source>Measures</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/districts.py" line="116" />
      <source>City districts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/districts.py" line="134" />
      <source>The catalog has no city districts to rate.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/districts.py" line="136" />
      <source>“%1” is screened out as not relevant, so no effect per district is asked for.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/districts.py" line="139" />
      <source>Rate “%1” for a measure in the table above (on its scale, not unknown or not relevant) to give its effect in each district.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/districts.py" line="143" />
      <source>Rate the effect in each district affected, on the same scale as “%1”; leave a district empty when it is affected like the rest of the city.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/districts.py" line="152" />
      <source>Type %1 in a district's cell; Enter opens a list of values; Delete removes the district's rating.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>DistrictsModel</name>
    <message>
      <location filename="../fields/districts.py" line="83" />
      <source>Effect in %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/districts.py" line="95" />
      <source>overall %1</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>GhgField</name>
    <message>
      <location filename="../fields/measures.py" line="332" />
      <source>Add a measure in the step Alternatives to give its climate effect.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>GhgSection</name>
    <message>
      <location filename="../fields/measures.py" line="250" />
      <source>Change in emissions</source>
      <extracomment>The attribute of Alternative this field fills in ("ghg" or "cost").</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/measures.py" line="250" />
      <source>t CO2e per year (negative = cut)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/measures.py" line="252" />
      <source>“%1” is not a number. Write it like −850, 1 234,5 or 1234.5.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/measures.py" line="253" />
      <location filename="../fields/measures.py" line="255" />
      <source>Cannot be quantified</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/measures.py" line="258" />
      <source>Why not? It goes on the list of effects that cannot be quantified.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/measures.py" line="259" />
      <source>Reason</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/measures.py" line="261" />
      <source>Applies from year</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/measures.py" line="262" />
      <source>Write the year with four digits, for example 2027.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/measures.py" line="267" />
      <source>direct, inside the municipal border</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/measures.py" line="268" />
      <source>indirect, outside the border or in the value chain</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/measures.py" line="270" />
      <source>Scope</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/measures.py" line="274" />
      <source>How the figure was found: model, source, assumptions.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/measures.py" line="276" />
      <source>Method</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>GoalStrip</name>
    <message>
      <location filename="../fields/target_picker.py" line="82" />
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
    <name>IndicatorsField</name>
    <message>
      <location filename="../fields/indicators.py" line="55" />
      <source>Add an indicator</source>
      <extracomment>(value, period, source line) of an indicator's latest imported figure for a region. Where latest values come from; a FieldContext attribute of the same name wins. None means no data has been imported (the composition root wires the indicator store in).</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/indicators.py" line="59" />
      <source>Search the common indicator set</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/indicators.py" line="60" />
      <source>Search indicators</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/indicators.py" line="65" />
      <source>Indicator</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/indicators.py" line="65" />
      <source>Unit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/indicators.py" line="66" />
      <source>Levels</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/indicators.py" line="67" />
      <source>Common indicator set</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/indicators.py" line="75" />
      <source>Region of the new indicator</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/indicators.py" line="77" />
      <source>Add indicator</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/indicators.py" line="81" />
      <source>Region:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/indicators.py" line="126" />
      <source>municipality</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/indicators.py" line="126" />
      <source>district</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/indicators.py" line="181" />
      <source>%1 (whole municipality)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/indicators.py" line="184" />
      <source>%1 (district)</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../fields/indicators.py" line="211" />
      <source>Chosen indicators (%n)</source>
      <translation>
        <numerusform>Chosen indicators (%n)</numerusform>
        <numerusform>Chosen indicators (%n)</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../fields/indicators.py" line="214" />
      <source>No indicators chosen yet.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/indicators.py" line="241" />
      <source>Region for %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/indicators.py" line="246" />
      <source>up</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/indicators.py" line="246" />
      <source>down</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/indicators.py" line="248" />
      <source>Expected: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/indicators.py" line="250" />
      <source>(desired direction)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/indicators.py" line="253" />
      <source>Expected change of %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/indicators.py" line="258" />
      <source>Remove</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/indicators.py" line="260" />
      <source>Remove indicator %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/indicators.py" line="276" />
      <source>no data imported yet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/indicators.py" line="314" />
      <source>Add indicator %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/indicators.py" line="332" />
      <source>Change indicator</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/indicators.py" line="342" />
      <source>Remove indicator</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Labels</name>
    <message>
      <location filename="../labels.py" line="13" />
      <source>Draft</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../labels.py" line="14" />
      <source>In review</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../labels.py" line="15" />
      <source>Approved</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../labels.py" line="16" />
      <source>Decided</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../labels.py" line="23" />
      <source>Minimum</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../labels.py" line="24" />
      <source>Simplified</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../labels.py" line="25" />
      <source>Full</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../labels.py" line="42" />
      <source>today %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../labels.py" line="44" />
      <source>yesterday %1</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>MainMenus</name>
    <message>
      <location filename="../main_menus.py" line="30" />
      <source>&amp;File</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../main_menus.py" line="31" />
      <source>&amp;New case</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../main_menus.py" line="34" />
      <source>&amp;Open case</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../main_menus.py" line="36" />
      <source>&amp;Recent cases</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../main_menus.py" line="39" />
      <source>&amp;Import case file…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../main_menus.py" line="41" />
      <source>&amp;Export case file…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../main_menus.py" line="44" />
      <source>&amp;Settings…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../main_menus.py" line="46" />
      <source>&amp;Quit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../main_menus.py" line="49" />
      <source>&amp;Edit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../main_menus.py" line="50" />
      <source>&amp;Search cases</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../main_menus.py" line="52" />
      <source>&amp;Duplicate case</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../main_menus.py" line="54" />
      <source>Move to &amp;bin</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../main_menus.py" line="56" />
      <source>&amp;Restore from bin</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../main_menus.py" line="58" />
      <source>&amp;Erase for good…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../main_menus.py" line="61" />
      <source>&amp;View</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../main_menus.py" line="62" />
      <source>&amp;Cases</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../main_menus.py" line="64" />
      <source>&amp;Bin</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../main_menus.py" line="67" />
      <source>&amp;Refresh</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../main_menus.py" line="69" />
      <source>&amp;Language</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../main_menus.py" line="77" />
      <source>&amp;Help</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../main_menus.py" line="78" />
      <source>&amp;User guide</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../main_menus.py" line="80" />
      <source>&amp;About ImpactApp</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../main_menus.py" line="117" />
      <source>(none)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../main_menus.py" line="122" />
      <source>About ImpactApp</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../main_menus.py" line="124" />
      <source>ImpactApp %1

Environmental and distributional impact assessment of municipal decisions, tied to the UN Sustainable Development Goals.

Data sources: SDG goal and target texts © United Nations (English); Norwegian target texts from the Norwegian government and FN-sambandet as collected by SDGforskning (CC BY 4.0), the rest translated by the ImpactApp project (unofficial); goal colours from the UN SDG guidelines; region codes from Statistics Norway (SSB); indicator sources SSB, Oslo kommune, FHI and Miljødirektoratet. Details in criteria/SOURCES.md.

Fonts: DejaVu (Bitstream Vera licence).</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../main_window.py" line="74" />
      <source>Views</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../main_window.py" line="75" />
      <location filename="../main_window.py" line="98" />
      <source>Cases</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../main_window.py" line="75" />
      <source>Bin</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../main_window.py" line="84" />
      <source>Search cases …</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../main_window.py" line="86" />
      <source>Search cases</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../main_window.py" line="91" />
      <source>New case</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../main_window.py" line="162" />
      <source>The bin is empty.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../main_window.py" line="164" />
      <source>There are no cases in this database yet.

Start a new case with File → New case (Ctrl+N),
import a case file with File → Import case file … (Ctrl+I),
or from the command line: impactapp-cli case import FILE</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../main_window.py" line="174" />
      <source>%1 of %2 shown</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../main_window.py" line="177" />
      <source>%n case(s)</source>
      <translation>
        <numerusform>%n case</numerusform>
        <numerusform>%n cases</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../main_window.py" line="178" />
      <source>%n case(s) in the bin</source>
      <translation>
        <numerusform>%n case in the bin</numerusform>
        <numerusform>%n cases in the bin</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../main_window.py" line="180" />
      <source>database: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../main_window.py" line="226" />
      <source>The change was not saved.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../main_window.py" line="240" />
      <source>Duplicated as a new draft.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../main_window.py" line="253" />
      <source>Moved to the bin. You can restore it from View → Bin.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../main_window.py" line="260" />
      <source>Restored.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../main_window.py" line="274" />
      <source>Import case files</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../main_window.py" line="275" />
      <source>Case files (*.yaml *.yml *.json);;All files (*)</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../main_window.py" line="287" />
      <source>Imported %n case(s).</source>
      <translation>
        <numerusform>Imported %n case.</numerusform>
        <numerusform>Imported %n cases.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../main_window.py" line="297" />
      <source>Export case file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../main_window.py" line="298" />
      <source>Case files (*.yaml *.json)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../main_window.py" line="301" />
      <source>Exported to %1</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>MemoActions</name>
    <message>
      <location filename="../wizard/memo_actions.py" line="49" />
      <source>&amp;Memo</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../wizard/memo_actions.py" line="50" />
      <source>&amp;Export memo (PDF)…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../wizard/memo_actions.py" line="54" />
      <source>&amp;Copy summary</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../wizard/memo_actions.py" line="72" />
      <source>Export memo</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../wizard/memo_actions.py" line="73" />
      <source>PDF documents (*.pdf)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../wizard/memo_actions.py" line="80" />
      <source>Making the memo …</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../wizard/memo_actions.py" line="97" />
      <source>Memo exported</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../wizard/memo_actions.py" line="98" />
      <source>The memo was saved as %1.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../wizard/memo_actions.py" line="100" />
      <source>Open the memo</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../wizard/memo_actions.py" line="101" />
      <source>Open the folder</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../wizard/memo_actions.py" line="112" />
      <source>Memo not exported</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../wizard/memo_actions.py" line="113" />
      <source>The memo could not be made: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../wizard/memo_actions.py" line="122" />
      <source>The summary is on the clipboard.</source>
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
    <name>ProfileDialog</name>
    <message>
      <location filename="../profile_dialog.py" line="23" />
      <source>Settings</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../profile_dialog.py" line="25" />
      <source>Used as the defaults when you start a new case.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../profile_dialog.py" line="32" />
      <source>Your name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../profile_dialog.py" line="33" />
      <source>Unit (etat, bydel or virksomhet)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../profile_dialog.py" line="34" />
      <source>Municipality</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>RatingDelegate</name>
    <message>
      <location filename="../fields/rating_cell.py" line="185" />
      <location filename="../fields/rating_cell.py" line="189" />
      <source>Rating</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/rating_cell.py" line="200" />
      <source>Remove rating</source>
      <translation type="unfinished" />
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
    <name>RatingGridView</name>
    <message>
      <location filename="../fields/rating_view.py" line="132" />
      <source>Rating removed (Ctrl+Z undoes it).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/rating_view.py" line="155" />
      <source>“%1” is not on this criterion's scale (%2).</source>
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
      <location filename="../fields/ratings.py" line="87" />
      <source>There is no measure to rate yet: add one in the Alternatives step. Each measure is rated against the zero alternative.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/ratings.py" line="92" />
      <source>Each measure is rated against the zero alternative, “%1”, which is the reference and is not rated itself.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/ratings.py" line="96" />
      <source>Each measure is rated against the zero alternative.</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../fields/ratings.py" line="99" />
      <source>Show all criteria (%n screened out)</source>
      <translation>
        <numerusform>Show all criteria (%n screened out)</numerusform>
        <numerusform>Show all criteria (%n screened out)</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../fields/ratings.py" line="109" />
      <source>Type %1, ? for unknown or n for not relevant; Enter opens a list of values; Delete removes a rating.</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../fields/ratings.py" line="188" />
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
      <location filename="../fields/ratings_model.py" line="84" />
      <source>Screened out as not relevant: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/ratings_model.py" line="111" />
      <source>Rating of %1</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ReviewField</name>
    <message>
      <location filename="../fields/review.py" line="68" />
      <source>Step</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/review.py" line="68" />
      <source>Verdict</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/review.py" line="68" />
      <source>Reviewer's note</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/review.py" line="69" />
      <source>Caseworker's answer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/review.py" line="110" />
      <source>OK</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/review.py" line="110" />
      <source>Improve</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/review.py" line="111" />
      <source>Redo</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/review.py" line="113" />
      <location filename="../fields/review.py" line="234" />
      <source>Verdict on %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/review.py" line="118" />
      <source>Reviewer's note on %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/review.py" line="120" />
      <source>Caseworker's answer on %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/review.py" line="164" />
      <source>Status: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/review.py" line="168" />
      <source>The case is decided; its status cannot change.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/review.py" line="173" />
      <source>Nothing blocks sending the case for review.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/review.py" line="174" />
      <source>Before the case can be sent for review:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/review.py" line="175" />
      <source>Nothing blocks approving the case.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/review.py" line="176" />
      <source>Before the case can be approved:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/review.py" line="177" />
      <source>Nothing blocks recording the decision.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/review.py" line="178" />
      <source>Before the decision can be recorded:</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../fields/review.py" line="184" />
      <source>… and %n more</source>
      <translation>
        <numerusform>… and %n more</numerusform>
        <numerusform>… and %n more</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../fields/review.py" line="242" />
      <source>Note on %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/review.py" line="242" />
      <source>Answer on %1</source>
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
      <location filename="../fields/target_picker.py" line="129" />
      <source>Positive</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/target_picker.py" line="130" />
      <source>Negative</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/target_picker.py" line="131" />
      <source>Mixed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/target_picker.py" line="143" />
      <source>(unofficial translation)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/target_picker.py" line="150" />
      <source>high</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/target_picker.py" line="151" />
      <source>some</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/target_picker.py" line="152" />
      <source>low</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/target_picker.py" line="166" />
      <source>Target %1 · Goal %2 %3</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/target_picker.py" line="170" />
      <source>Local relevance: %1 – %2</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/target_picker.py" line="174" />
      <source>Linked criteria: %1</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>SdgTargetsField</name>
    <message>
      <location filename="../fields/sdg.py" line="155" />
      <source>The case has no measures yet. Add them under Alternatives.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/sdg.py" line="175" />
      <source>Contribution per goal (confirmed targets)</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../fields/sdg.py" line="178" />
      <source>Confirmed targets (%n)</source>
      <translation>
        <numerusform>Confirmed targets (%n)</numerusform>
        <numerusform>Confirmed targets (%n)</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../fields/sdg.py" line="180" />
      <source>No confirmed targets yet.</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../fields/sdg.py" line="190" />
      <source>Suggestions (%n)</source>
      <translation>
        <numerusform>Suggestions (%n)</numerusform>
        <numerusform>Suggestions (%n)</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../fields/sdg.py" line="192" />
      <source>Confirm all</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/sdg.py" line="194" />
      <location filename="../fields/sdg.py" line="359" />
      <source>Confirm all suggested targets</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/sdg.py" line="198" />
      <source>Every suggestion is confirmed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/sdg.py" line="199" />
      <source>No suggestions: no criterion is rated positive or negative for this measure.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/sdg.py" line="207" />
      <source>Add a target …</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/sdg.py" line="233" />
      <source>Goal %1: %2</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/sdg.py" line="245" />
      <source>Added by the caseworker</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/sdg.py" line="252" />
      <source>Suggested by: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/sdg.py" line="263" />
      <source>Contribution to target %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/sdg.py" line="266" />
      <source>Contribution to SDG target %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/sdg.py" line="268" />
      <source>Remove</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/sdg.py" line="270" />
      <source>Remove target %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/sdg.py" line="274" />
      <source>suggested: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/sdg.py" line="278" />
      <source>Note (optional)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/sdg.py" line="279" />
      <source>Note on target %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/sdg.py" line="282" />
      <source>Note on SDG target %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/sdg.py" line="300" />
      <source>Confirm</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/sdg.py" line="302" />
      <source>Confirm target %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/sdg.py" line="324" />
      <source>Target %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/sdg.py" line="350" />
      <source>Confirm SDG target %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/sdg.py" line="365" />
      <source>Remove SDG target %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/sdg.py" line="394" />
      <source>Add SDG target %1</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>StatusActions</name>
    <message>
      <location filename="../wizard/status_actions.py" line="32" />
      <source>&amp;Case</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../wizard/status_actions.py" line="33" />
      <source>Send to &amp;review</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../wizard/status_actions.py" line="34" />
      <source>Send back to &amp;draft</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../wizard/status_actions.py" line="35" />
      <source>&amp;Approve</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../wizard/status_actions.py" line="36" />
      <source>Mark as &amp;decided</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../wizard/status_actions.py" line="38" />
      <source>Start a &amp;new revision</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../wizard/status_actions.py" line="41" />
      <source>Earlier &amp;revisions</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../wizard/status_actions.py" line="74" />
      <source>Not yet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../wizard/status_actions.py" line="75" />
      <source>The case cannot change status yet:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../wizard/status_actions.py" line="120" />
      <source>Revision %1, approved %2 by %3</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../wizard/status_actions.py" line="127" />
      <source>(none yet)</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>TargetPickerDialog</name>
    <message>
      <location filename="../fields/target_picker.py" line="235" />
      <source>Add a target – %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/target_picker.py" line="239" />
      <source>Number or words, e.g. 11.6, luft or air</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/target_picker.py" line="240" />
      <source>Search targets</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/target_picker.py" line="243" />
      <source>&amp;Search</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/target_picker.py" line="248" />
      <source>Target</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/target_picker.py" line="248" />
      <source>Text</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/target_picker.py" line="249" />
      <source>Local relevance</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/target_picker.py" line="253" />
      <source>Targets</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../fields/target_picker.py" line="261" />
      <source>Show all %n targets</source>
      <translation>
        <numerusform>Show all %n targets</numerusform>
        <numerusform>Show all %n targets</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../fields/target_picker.py" line="274" />
      <location filename="../fields/target_picker.py" line="280" />
      <source>Contribution:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/target_picker.py" line="275" />
      <source>▲ &amp;Positive</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/target_picker.py" line="275" />
      <source>▼ &amp;Negative</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/target_picker.py" line="276" />
      <source>◆ &amp;Mixed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/target_picker.py" line="288" />
      <source>Add target</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/target_picker.py" line="290" />
      <source>Cancel</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/target_picker.py" line="352" />
      <source>(already added)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/target_picker.py" line="367" />
      <source>Showing %1 of %2</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/target_picker.py" line="374" />
      <source>No target matches.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>TradeOffsField</name>
    <message>
      <location filename="../fields/trade_offs.py" line="41" />
      <source>Three ways to handle a trade-off: mitigation that reduces the harm, compensation for those who lose, or an explicit acceptance with the reason.</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../fields/trade_offs.py" line="110" />
      <source>%n trade-off(s) without handling</source>
      <translation>
        <numerusform>%n trade-off without handling</numerusform>
        <numerusform>%n trade-offs without handling</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../fields/trade_offs.py" line="112" />
      <source>Every trade-off is handled.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/trade_offs.py" line="113" />
      <source>No trade-offs found.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/trade_offs.py" line="124" />
      <source>The case has no measures yet. Add them under Alternatives.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/trade_offs.py" line="133" />
      <source>No trade-offs for this measure.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/trade_offs.py" line="164" />
      <source>Negative:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/trade_offs.py" line="170" />
      <source>Against:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/trade_offs.py" line="178" />
      <source>Describe the mitigation or compensation, or why the harm is accepted.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/trade_offs.py" line="181" />
      <source>Handling of the negative effect on %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/trade_offs.py" line="204" />
      <source>Handling written for “%1”, which is no longer a trade-off:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/trade_offs.py" line="207" />
      <source>Remove this handling</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/trade_offs.py" line="218" />
      <source>Handled</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/trade_offs.py" line="221" />
      <source>Handling missing</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/trade_offs.py" line="261" />
      <source>Handling of %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../fields/trade_offs.py" line="269" />
      <source>Remove handling</source>
      <translation type="unfinished" />
    </message>
  </context>
</TS>