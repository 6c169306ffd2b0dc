<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AdcWork</name>
    <message>
        <source>series %1 has no images in the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the diffusion series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>series %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing the ADC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the ADC map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filing the ADC map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>series %1 is not an ADC map (no um2/s value mapping, no ADC in its description)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>series %1: the diffusion series it was computed from is not in the store; threshold without the high-b condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the highest-b image is not on the grid of the ADC map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ADC map is not stored as float values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>series %1 has no segments: threshold it first (adc threshold)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>series %1 is not one parametric map object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; an export never replaces a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ADC map is not loaded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Annotation</name>
    <message>
        <source>This series is also open in another RadCurator window (%1, process %2, since %3). Saves are checked against each other: the later one is told, nothing is overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no series is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open a series first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New segment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no segment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete segment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a segment needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit segment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify segment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>segment %1 is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill holes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Islands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grow by %1 mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shrink by %1 mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interpolate slices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finding %1 exists already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New finding %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a finding needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit finding %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete finding %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the series has findings; delete them before marking it &quot;no finding&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &quot;no finding&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear &quot;no finding&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region growing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the computed mask is not on the grid of the open series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>these labels are open read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; the edits could not be kept on this workstation either (%2): do not close the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. The edits are kept on this workstation and are saved as soon as the database can be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edits of %1 that had not reached the database were brought back from this workstation&apos;s journal and are being saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edits of %1 kept on this workstation were made on revision %2 of these labels, but the store now holds revision %3: save them over the store&apos;s, or reload the store&apos;s to drop them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnnotationTools</name>
    <message>
        <source>%1 mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no segment to erase from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>segment %1 is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brush</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eraser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threshold brush</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another operation is still running, or the segment is locked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BoneScan</name>
    <message>
        <source>skull</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cervical spine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>thoracic spine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lumbar spine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sternum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ribs R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ribs L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scapula R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scapula L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clavicle R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clavicle L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>humerus R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>humerus L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pelvis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sacrum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>femur R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>femur L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>metastasis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>equivocal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>benign / degenerative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may not see the comparison: that needs the role reviewer or data-manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown region &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown call &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown view &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an EOD grade is 0 to 4, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the EOD grade %1 differs from the count&apos;s grade %2: give the reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a case of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import readings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no patient_code or patient_id column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rows name patients by their original ID: the correspondence table is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no reader column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no metastases, eod or metastasis column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no case of %1 belongs to a patient with this ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no case of %1 belongs to patient %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the patient has %n cases in the project: give the study_date</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not one of this store&apos;s people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a model: a program&apos;s result is not a reader&apos;s reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not assigned to this case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a whole number from 0 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the count of metastases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the EOD grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not yes/no, 1/0 or あり/なし</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the row gives no reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>as given on paper (%n metastases give EOD %1)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>metastasis &quot;no&quot; with %n metastases counted</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 read this case in the viewer; that reading is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the ID belongs to %n patients (several issuers)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1: not a JSON object (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;key&quot; needs a &quot;column&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: key kind &quot;%2&quot; is neither patient-code nor original-id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown field &quot;%2&quot; (fields: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown region &quot;%2&quot; (regions: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the mapping names no column for &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no patient_code or patient_id column (columns: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no &quot;%1&quot; column (columns: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>neither a &quot;bsi&quot; nor a &quot;hotspots&quot; column (columns: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no column &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no column &quot;%2&quot; (for %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no column &quot;%2&quot; (for the BSI of %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no patient %1 in the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no patient of the store has this ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no program named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no tracer given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown tracer &quot;%1&quot; (99mTc-MDP or 99mTc-HMDP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BSI &quot;%1&quot; is not a percentage from 0 to 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hotspot count &quot;%1&quot; is not a whole number &gt;= 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the row gives neither a BSI nor a hotspot count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>repeats row %1 (same patient, program and version)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s reading, shown to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no bone-scan reading is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reading is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no mark %1 to link to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no mark %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such pair of marks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a lesion is linked across the views, anterior to posterior</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseSheet</name>
    <message>
        <source>none of the chosen cases (%1) is in the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot create the workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write the workbook: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no built-in sheet template &quot;%1&quot; (there are: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read the sheet template: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, key format: only format 1 is known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, key columns: a list [...] is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sheet template %1: the clinical template &quot;%2&quot; has no field &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sheet template %1: no column &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 characters; a spreadsheet cell holds at most %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holds a NUL character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contains %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bias %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lower limit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upper limit %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClinicalImport</name>
    <message>
        <source>%1: not a mapping: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: key kind &quot;%2&quot; is neither patient-code nor original-id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the key column is missing (&quot;key&quot;: {&quot;column&quot;: ...})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no column names the patient (%1, or %2 inside the hospital); give a mapping file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sheet has no column &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rows are matched by the original patient ID: the correspondence table&apos;s passphrase is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the template &quot;%1&quot; has no field &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the ID belongs to %n patients (several issuers)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>no patient %1 in the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no patient of the store has this ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused: contains %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClinicalRecord</name>
    <message>
        <source>no patient is open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClinicalTemplate</name>
    <message>
        <source>no built-in clinical template &quot;%1&quot; (there are: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read the template: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object {...}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only format 1 is known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is used twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a field type (integer, number, text, choice, date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs at least one choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the template &quot;%1&quot; has no field &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a whole number is needed, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is outside %3 to %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not one of the choices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Consensus</name>
    <message>
        <source>STAPLE needs the masks of two readers or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the readers&apos; masks are on different grids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STAPLE failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatasetExport</name>
    <message>
        <source>%1: cannot be written to disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the DICOMDIR: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the correspondence table is needed: every file is scanned for the patients&apos; identifiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the store&apos;s de-identification profile is needed for an export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name the partner the dataset goes to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; an export never replaces anything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is inside the case store; choose a place outside it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no such case in the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: series %2 has %n image(s) that may carry burned-in text and await review</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1: segment &quot;%2&quot; of series %3 was made by %4 and no reader has verified it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the case sheet&apos;s row %2, column %3 is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the export was stopped before anything was written:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot create the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the labels of series %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot be placed in the package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the case sheet and the DICOMDIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a file of the correspondence table; the export was stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording the export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot be given its name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no %2 (not a RadCurator package?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a line that is not &quot;hash  file&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: leads outside the package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: changed (SHA-256 %2, the manifest says %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not in the manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DICOMDIR: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DICOMDIR: lists %1, which is not there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DICOMDIR: does not list %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypting the archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create a temporary folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (SOP class %2): cannot be listed in the DICOMDIR: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the case sheet&apos;s row %2, column %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: series %2 of project %3 has no final labels yet (its readings are not all accepted, or the readers&apos; sets await a consensus)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: report %2 contains %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: report %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>series %1 is not in the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the manifest</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Deid</name>
    <message>
        <source>Burned In Annotation is YES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secondary capture images often carry burned-in text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 images often carry burned-in text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a derived (secondary) image may carry burned-in text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot decompress the pixel data: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the region %2,%3 %4x%5 is not inside the %6x%7 image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: masking supports 8- and 16-bit images only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no Pixel Data (7FE0,0010)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: pixel data shorter than the image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot create the lock file %2.lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>libsodium could not be initialised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the passphrase must have at least 8 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not enough memory to derive the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no correspondence table here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a RadCurator correspondence table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: written by an unknown version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: wrong passphrase, or the file was altered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>patient %1 opted out on %2; not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no patient with code %1 in the correspondence table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown table format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: damaged table (secret)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>internal: unresolved action %1 for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no de-identification profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no key for the UID mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 profile needs a patient code, and none was issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: refused: a DICOMDIR lists patients; make a new one for the de-identified files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: refused: cannot be written back in its transfer syntax %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an identifier of the original file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the patient&apos;s identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: refused: residual PHI after de-identification in %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an identifier of patient %1 (correspondence table)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>private attribute that is not on the safe list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overlay data the profile removes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contains %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>person name in an attribute the profile empties or removes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date in an attribute the profile empties or removes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient Identity Removed is not YES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the full-dates and modified-dates options exclude each other: choose one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PS3.15 Table E.1-1 resource is missing or incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table E.1-1 row %1: unknown action &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table E.1-1: cannot read tag %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table E.1-1 lacks the private, curve or overlay rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a profile file: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a profile must build on the basic profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown option %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read override %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no such profile (use site, basic or a profile file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the method text is written into every file and must be plain ASCII</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the fixed value for %2 must be plain ASCII</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is being changed by another program (process %2 on %3) that did not finish within 30 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot create the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was replaced by another correspondence table while it was open; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused: the report&apos;s text cannot be converted to UTF-8 for cleaning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: refused: an encapsulated PDF report&apos;s text cannot be de-identified reliably; import the report as text (radcurator-cli reports import, CSV or HL7)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dicom</name>
    <message>
        <source>%1 (%2) pixel data cannot be decoded: no decoder for it in this build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown transfer syntax %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 pixel data cannot be decoded: no decoder for it in this build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: file not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a DICOM file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file is truncated (it ends before its data does)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file is damaged or truncated inside its header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: missing SOP Instance UID (0008,0018)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: missing Study Instance UID (0020,000D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: missing Series Instance UID (0020,000E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not an image (no Rows/Columns)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unsupported Samples per Pixel %2 (0028,0002)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unsupported Bits Allocated %2 (0028,0100)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: frame %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no pixel data %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: pixel data is shorter than Rows x Columns x Number of Frames</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read float pixel data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read double pixel data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no Pixel Data (7FE0,0010)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: frame too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: pixel data is truncated (%2 bytes, %3 expected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot decode %2 pixel data: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unsupported Bits Allocated %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: palette image in a grayscale series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: segmented palette colour lookup tables are not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: palette colour lookup table missing or invalid (0028,1101-1203)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: colour image in a grayscale series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>oblique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>axial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>coronal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sagittal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>echo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stack %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>irregular slice spacing (%1 to %2 mm); slices are shown evenly spaced at %3 mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>slices are sheared (gantry tilt); shown without shear correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decoding images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loading cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no files to load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no loadable image among %1 files; first problem: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: pixel values out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>series holds %1 stacks; showing %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) of the series skipped; first: %1</source>
        <translation>
            <numerusform>%n file of the series skipped; first: %1</numerusform>
            <numerusform>%n files of the series skipped; first: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the reference %2 leads outside the medium; refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the reference %2 is a link to a file outside the medium; refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: refused: sequences nested %2 levels deep (more than %3 cannot be read safely)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: refused: more than %2 data elements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the RLE offset table points between fragments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: RLE frame %2 is damaged: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shorter than its 64-byte header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 segments (1 to 15 are possible)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 segments where the image needs %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>segment offsets point outside the frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot inflate the deflated data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: refused: the deflated data expands beyond %2 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot be read as DICOM: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: refused: reading it needs more memory than there is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot be read: an unexpected error in the DICOM library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: refused: its structure cannot be followed from byte %2 on, and the %3 items after it could nest deeper than can be read safely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unsupported Samples per Pixel (0028,0002)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no pixel data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: refused: one frame of %2 x %3 would need more than 1 GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the pixel data holds %2 bytes (%3 frame(s)), fewer than the %4 bytes of the %5 frame(s) Rows, Columns and Number of Frames claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the pixel data has %2 fragment(s), fewer than the %3 frame(s) it claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the compressed image is %2 x %3, but Rows and Columns say %4 x %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: RLE frame %2 has %3 bytes, too few for a %4 x %5 image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: refused: its %2 frame(s) would need %3 MB, more than half of this computer&apos;s memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot be read: the DICOM library stopped on malformed data (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: impossible diffusion b-value %2 in (0018,9087)%3 (a b-value is a number from 0 to %4 s/mm²); the series is not loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, frame %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Diffusion</name>
    <message>
        <source>an ADC needs at least two b-value shells; the series has %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the chosen b-values select one shell twice (b=%1); choose two different shells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>computing the ADC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the maps are on different grids (%1x%2x%3 and %4x%5x%6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no voxel to compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ADC range %1-%2 is empty: the lower bound must be below the upper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the high-b image is not on the grid of the ADC map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ADC range %1-%2 x10^-6 mm²/s selects no voxel%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> with a high-b signal above %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every part the ADC range selects is smaller than %1 mm³</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the series holds no image volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>volume %1 of %2 has no b-value: neither (0018,9087) nor a vendor&apos;s b-value tag (Philips (2001,1003), GE (0043,1039), Siemens CSA) is present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>volume %1 (b=%2) is not on the grid of volume 1 (%3x%4x%5): shells on different grids cannot be combined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>combining b-value shells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>b=%1 (1 volume)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>b=%1 (%2 volumes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the series has one b-value shell (b=%1, volumes: %2); an ADC needs at least two</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dose</name>
    <message>
        <source>%1: not an X-ray radiation dose SR (SOP class %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>series %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>study %1 is not in the store</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <source>%1 already exists; an export never replaces a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write (a file of that name appeared meanwhile?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a Label Map Segmentation (SOP class %2) cannot be read yet; export it as a binary SEG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a Segmentation object (SOP class %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the SEG does not say which series it segments (Referenced Series Sequence)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: frames are %2x%3, the source images %4x%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a readable SEG: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: segmentation type %2 is not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: segment %2 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: frame %2 names no segment of the object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: frame %2 matches no image of the source series (neither by reference nor by position)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: frame %2 has no pixel data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: frame %2 is too short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no segments to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the source series is not loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the source images are too large for a SEG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the source image has no SOP Class or Instance UID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>segment %1: its mask is %2x%3x%4, the series %5x%6x%7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>segment %1: category and type codes are required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>segment %1: a semi-automatic or automatic segment needs the algorithm&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>segment %1: a label is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>segment number %1 is used twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the SEG: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot take over patient and study: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot describe the series geometry in the SEG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>segment %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>segment %1, slice %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot build the SEG: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a structured report (modality %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a readable structured report: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the report is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a structured report, but not a TID 1500 measurement report (its title is &quot;%2&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot add &quot;%1&quot; to the report: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the report refuses %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot start the measurement report: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot start the measurement report: empty tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot add the imaging measurements to the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot build the report: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the SEG&apos;s Number of Frames (0028,0008) is missing or invalid (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the SEG&apos;s pixel data is shorter than its %2 frames of %3 x %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a parametric map is written from float values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a parametric map needs a source series with patient geometry and a frame of reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the source images are too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the source series of the map is not named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the parametric map: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot describe the map&apos;s geometry and values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the parametric map&apos;s frames</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>slice %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot build the parametric map: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>segment %1 &quot;%2&quot;: its values are %3 to %4 of %5, all below the threshold %6 (= %7 of %5), so it comes out empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the fractional threshold must be above 0 and at most 1 (a fraction of the maximum value)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>segment %1, an empty frame: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the measurement &quot;%1&quot; has no concept or unit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the measurement &quot;%1&quot; was drawn on an image (or in a space) that is not series %2&apos;s; written without its drawing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a %1 drawn without a measurement is not written: TID 1500 has no place for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>segment %1 is not in the exported SEG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its box is on an image that is not in the series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the volume box has no frame of reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its tracking UID is used by another finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finding %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no finding can be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a FRACTIONAL SEG with Maximum Fractional Value (0062,000E) %2; it must be from 1 to 255</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tracking ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>algorithm name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>segment %1: the %2 has %3 characters; DICOM allows 64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: refused: %2 (not a finite number)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>%1: cannot read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write to disk: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a link to something that does not exist (dangling link)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a link that loops back on itself (too many levels of symbolic links)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot follow the link: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a link to a folder; folders behind links are not followed (import that folder itself)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a link to something that is not a regular file (a FIFO, socket or device)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a link to a file outside %1; import that file&apos;s own folder if it is meant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder could not be read to its end: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a regular file (a FIFO, socket or device)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its name is not UTF-8 and no temporary folder could be made to reach it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its name is not UTF-8 and it could not be reached: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Imaging</name>
    <message>
        <source>no such axis %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paint the segment on at least two slices first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interpolation cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interpolating slices %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interpolated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the seed (%1, %2, %3) is outside the image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the clicked voxel (%1) is outside the range %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>region growing failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the clicked voxel is not part of the segment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>referenced by %1 but missing from the medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DICOMDIR media directory (its files are imported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a DICOM file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same SOP Instance UID as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n instance(s) of series %1 already in the store</source>
        <translation>
            <numerusform>%n instance of series %1 already in the store</numerusform>
            <numerusform>%n instances of series %1 already in the store</numerusform>
        </translation>
    </message>
    <message>
        <source>no de-identification profile or correspondence table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De-identifying and storing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused: the file is of patient %1, but its study belongs to patient %2 (a file is never filed under another patient&apos;s code)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused: its series belongs to another study than the one the file names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same SOP Instance UID as %1, in another series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused: the de-identified file carries patient code %1, expected %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same SOP Instance UID as %1, which was imported; this copy could not be: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no derived file to file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a derived series is one series of one study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: study %2 is not filed under patient %3 in the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the de-identified file was not read back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused: an encapsulated PDF report&apos;s text cannot be de-identified reliably; import the report as text (radcurator-cli reports import, CSV or HL7)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JapaneseText</name>
    <message>
        <source>%1: marked as UTF-8 (it begins with a BOM) but holds bytes that are not UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not UTF-8, and this system cannot decode ISO-2022-JP or Shift_JIS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: neither UTF-8, ISO-2022-JP nor Shift_JIS text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyTable</name>
    <message>
        <source>Next slice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous slice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First slice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last slice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lung window (-600/1500)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mediastinum window (40/400)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bone window (400/1800)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window from the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset zoom, pan, window and inversion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit the image to the view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invert grey levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next layout (1x1, 1x3, 2x2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the label overlay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ruler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ellipse ROI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rectangle ROI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to navigation (cross-hair)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brush</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eraser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threshold brush</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region growing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smaller brush</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Larger brush</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wheel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous/next slice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift+wheel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10 slices at a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+wheel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left click or drag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the cross-hair (or use the active tool)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift+move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cross-hair follows the pointer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right-drag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window (horizontal) and level (vertical)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Middle-drag or Shift+left-drag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximise the view, and back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Long and short axis of the finding (bidirectional ruler)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next case of the worklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous case of the worklist</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LabelTransfer</name>
    <message>
        <source>series %1 has no images in the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: neither a SEG nor an SR (modality %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: refused: %2 contains %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the correspondence table is needed: every export is scanned for the patients&apos; identifiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the store&apos;s de-identification profile is needed for an export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>series %1 has no labels to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot create the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the segmentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the measurement report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording the export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the store holds none of the images it refers to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the store holds none of the series it refers to (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, neither as referenced nor as de-identified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2; if the object was made on the original images, give the correspondence table&apos;s passphrase so its UIDs can be mapped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a segment label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a segment description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a tracking identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an algorithm name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the observer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: its findings refer to segments of SEG %2: import that SEG first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a finding refers to a segment SEG %2 does not have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>series %1 has only unverified segments (%2); verify them or export with --include-unverified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the measurement report: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a FRACTIONAL SEG: %2. Nothing was imported; choose the threshold (a fraction of %3, e.g. --fractional-threshold %4 keeps every non-zero value)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a finding site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the SEG of series %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tumour ADC map of series %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the SR of series %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>not a stored segment mask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>damaged segment mask (slice %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown label format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>segment without a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(drawn: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[unit as written, not physical: not comparable with mm]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finding &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: measurement &quot;%2&quot; is %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: measurement &quot;%2&quot; is drawn at a point that is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the long axis is %2 mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the short axis is %2 mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a drawing has a point that is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the box has a corner that is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the 3D box has a corner that is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the ruler has an end that is not a number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LocatedJson</name>
    <message>
        <source>text after the end of the JSON value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nested too deeply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected end of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a key in double quotes was expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;:&apos; was expected after &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;,&apos; or &apos;}&apos; was expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;,&apos; or &apos;]&apos; was expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a number: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected character &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string runs past the end of its line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a broken \u escape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unknown escape \%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string is not closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a text in double quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list [...]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object {...}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2, key %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing (%1 is needed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeasurementTool</name>
    <message>
        <source>%1 mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 mm²</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackageZip</name>
    <message>
        <source>an encrypted archive needs a password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this libzip cannot write AES-256 archives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot create the archive: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot be added to the archive: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot be encrypted: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write the archive: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a readable zip archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: an entry leads outside the archive: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot open %2 (wrong password?): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read %2 (wrong password, or a damaged archive)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pacs</name>
    <message>
        <source>the association was not accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the node refused the association (AE titles or services not accepted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the node closed the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer within the time-out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not be written to the scratch folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retrieving from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the retrieve ended without a final response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unable to process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>out of resources (number of matches)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>out of resources (sub-operations)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the move destination is unknown to the node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the identifier does not match the SOP class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the retrieve failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the node does not accept verification (C-ECHO)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the node does not offer study-root C-FIND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: C-FIND failed with status %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the node does not offer study-root C-GET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the storage SCP cannot listen on port %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the node does not offer study-root C-MOVE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a DICOM node; write it as AE_TITLE@HOST:PORT (an AE title of at most 16 characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the AE title is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the AE title may hold only ASCII letters, digits and signs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the port must be between 1 and 65535</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the node needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the node needs a host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS needs the certificate(s) to trust (a PEM file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the DICOM node settings cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the DICOM node settings: our port %1 is not a port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the DICOM node settings: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: series %2 is not on the node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: study %2 is not on the node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name the study or the series to retrieve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Series %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the node could not send it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not sent (no accepted presentation context for its SOP class and transfer syntax)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused by the node, status 0x%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the association was not accepted: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: C-STORE stopped: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name the series to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DICOM node %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS: %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the BCP 195 profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cipher suites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS: the private key %1 does not belong to the certificate %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the server refused the credentials (HTTP %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: HTTP %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused by the server, reason %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server&apos;s answer does not list it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not an http(s) address of a DICOMweb service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploading to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DICOMweb %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the package is not intact: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 instances not received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the node answers no C-FIND (%1): every file is offered</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Phantom</name>
    <message>
        <source>%1: cannot write: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot create folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing synthetic CT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing synthetic chest X-ray</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the diffusion phantom needs b-values and a grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot create the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a bone-scan phantom needs at least one patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no CT to report on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the folders cannot be made</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>undefined</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReadingStatus</name>
    <message>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>excluded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReadingStudy</name>
    <message>
        <source>the case has no readings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a reader of this case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the readers&apos; masks are on different grids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a login has no leading or trailing spaces and is not empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; names the consensus set; choose another login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>libsodium could not be initialised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not enough memory to hash the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a consensus starts from &quot;majority&quot;, &quot;staple&quot; or &quot;reader:LOGIN&quot;, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not one of this store&apos;s people; a data manager adds people (radcurator-cli people add)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first person of the store: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was archived on %2 and can no longer act</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a model, not a person: a person acts for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a password: give it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong password for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may not %2: that needs the role %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown role &quot;%1&quot; (reader, reviewer, data-manager)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a model can only be a reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a project needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a project needs one reader per case or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is already a project &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 reader(s) per case%3%4; targets: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, blinded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, review required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no project &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>project %1 has no category &quot;%2&quot; (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n series%1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source> as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>series %1 is not a case of project %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exclude cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an exclusion needs a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>include cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assign readers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a reader of this store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the case is excluded (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already reads this case</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the case already has the %n reader(s) project %1 wants</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>round robin needs readers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>project %1 wants %2 readers per case; %3 given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (round robin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not assigned to this case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reading is %1; a reviewer may return it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blinded reading: the other readers&apos; sets of this case stay hidden until every assigned reader has submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the consensus starts once every assigned reader has submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reading is %1, not yet submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a consensus is made from the readers&apos; sets (consensus), not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not one of this store&apos;s people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import a model&apos;s labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has read this case already (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may import labels only into their own set, not %2&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 from %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot review their own reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blinded reading: %1 reads this case too and has not seen the others&apos; sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>returning a reading needs a comment for the reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>correct readings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only a submitted reading can be corrected; %1&apos;s is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may not make a consensus: that needs the role reviewer or data-manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 submitted no label set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the set of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>majority vote of %n reader(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>STAPLE of %n reader(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 may not see agreement figures: that needs the role reviewer or data-manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: %3 of %4 reader(s) submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>archive people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot archive themselves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>archive projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>project %1 was archived on %2; nothing in it changes any more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a model: its labels are imported, not assigned in turn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project %1 is archived</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportSr</name>
    <message>
        <source>%1: no Study Instance UID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot build the report: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>%1: no report text (OBX)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: message %2: a damaged MSH segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 message %2: not a result message (MSH-9 %3); skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 message %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no column of report text (findings or impression; a mapping file names them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no patient ID or accession number column (a mapping file names them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 row %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no report text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the study date %2 is not a date; ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a mapping file: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown role &quot;%2&quot; (roles: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: refused: a PDF report&apos;s text cannot be de-identified reliably; export the reports as text (CSV or HL7) from the RIS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a DICOM file; reports that arrive as SR come in with their images (radcurator-cli import)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: too large for a report file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a report file (CSV, XLSX or HL7 v2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no stored study has this accession number, or this patient ID and date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stored studies match; give the accession number or the study date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the patient opted out; not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 report(s) read, %2 matched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replaced, or kept by the reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SR with the images (series %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replaced when the report SR was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 report SR(s) that came with the images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the MeCab dictionary %1 is missing (Debian package mecab-ipadic-utf8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MeCab could not load %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MeCab could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the report&apos;s accession number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a name on the site&apos;s staff list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a hospital on the site&apos;s list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a date (the profile removes dates)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a date, shifted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an age over 89</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a phone or fax number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an extension number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a postal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a long number (an accession number or ID)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a hospital&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a person&apos;s name (after a title)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a person&apos;s name (morphological analysis)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a person&apos;s name (before a title)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a person&apos;s name (after a role)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the patient&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another patient&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the patient&apos;s ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another patient&apos;s ID</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>ruler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ellipse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rectangle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no case store is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the correspondence table stays locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no series is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no measurement %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpreadsheetReader</name>
    <message>
        <source>%1: not an Excel workbook (no %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not an Excel workbook (not a zip archive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the first sheet is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is damaged (line %3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, cell %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2: row number &quot;%3&quot; is not a row of a sheet (1 to %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2: more than %3 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a cell reference of a sheet (A1 to XFD1048576)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>past the last column XFD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shared string %1 does not exist (the workbook has %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date Excel can show (serial 1 to %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>%1: cannot read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no case store folder given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot create the case store folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot open database: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot lock database: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a case database: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: database schema version %2 is newer than this RadCurator (%3); use a newer version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: migration to schema %2 failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot create folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>series %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>study %1 is already filed under another patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>series is already filed under another study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>instance %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown table %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no instance %1 in the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no patient %1 in the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opt-out of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no series %1 in the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the export to %1 was not recorded: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>series %1: instance %2 carries patient code %3, not %4; nothing of the series was filed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>series %1, instance %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>measurement %1 has an unknown kind %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>measurement %1 is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no measurement %1 in the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the clinical record of %1 is damaged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the clinical record of %1 was not saved: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the clinical record of %1 was saved elsewhere meanwhile (by %2 at %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot lock the case store: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot create the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot create: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot lock: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot create the folder: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot remove what an interrupted job left in the scratch folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>labels of series %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consensus labels of series %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>labels of %1 on series %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, segment %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 are damaged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 not saved: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the labels are of series %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 were saved elsewhere meanwhile (by %2 at %3, revision %4; this copy was read at revision %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no such label set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no revision made: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revision %1 of the %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: there is no such revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not assigned to this case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reading of %1 is %2 (changed meanwhile?), not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reading of %1 was saved meanwhile by %2 at %3 (revision %4); reload it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a hotspot mark refers to a later mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no study %1 in the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 report(s) stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no report %1 in the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report %1 was changed by someone else since it was opened (revision %2); nothing was saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report %1 (revision %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report %1 was changed by someone else since it was opened (revision %2); not confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read the store&apos;s settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write the store&apos;s settings: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: this store keeps its database in %2; it cannot be moved to a database server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: this store&apos;s database is %2, not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: Qt&apos;s PostgreSQL driver (QPSQL) is not installed (Debian: libqt6sql6-psql)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot connect to the database: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot create schema %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a database URL (postgresql://USER@HOST:PORT/DATABASE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a database URL names the user, the host and the database (postgresql://USER@HOST:PORT/DATABASE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown database URL option %2 (only schema=NAME)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: schema %2 is not a plain lower-case name (letters, digits, _)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot create the journal folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, segment %2: the mask&apos;s grid differs from the others&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoreCheck</name>
    <message>
        <source>instance %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking stored files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file&apos;s SHA-256 is not the one recorded when it was filed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file&apos;s SOP Instance UID is %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file&apos;s Series Instance UID is %1, the row&apos;s %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file&apos;s Study Instance UID is %1, the row&apos;s %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file carries patient code &quot;%1&quot; but is filed under patient %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the check was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no row of the database names this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>left in the scratch folder by an interrupted import or export (%n file(s)); check --repair or the next start removes it</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>the correspondence table cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the correspondence table cannot be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the correspondence table is not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the store holds patients but no correspondence table</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoreDeid</name>
    <message>
        <source>unknown de-identification option %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this store de-identifies with profile &apos;%1&apos; (options: %2); a store keeps one profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no patient %1 in the correspondence table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this store&apos;s patients are coded with the correspondence table of another workstation (its de-identification station); import there. A table made here would give the same patient another code. The table made here (%1) is not used and can be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ToolSettings</name>
    <message>
        <source>Ground glass (-950 to -200 HU)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Solid nodule / soft tissue (-200 to 200 HU)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emphysema (-1024 to -950 HU)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lung (-1000 to -400 HU)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fluid (-10 to 30 HU)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bone (200 to 3000 HU)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>must be an object {...}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be [red, green, blue]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each colour value must be a whole number from 0 to 255</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs at least one term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read the vocabulary: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only format 1 is known</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorklistModel</name>
    <message>
        <source>Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rc::AdcController</name>
    <message>
        <source>busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing the ADC map…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ADC computation cancelled; nothing was added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute ADC map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ADC map computed: %1 (b-values from %2). %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scanner&apos;s ADC map differs by %1 ×10⁻⁶ mm²/s on average inside the body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making the ADC candidate mask…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the series changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ADC candidate mask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ADC candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidate segment with %1 voxels: erase what is not tumour.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rc::AdcHistogramView</name>
    <message>
        <source>Drag across the histogram to choose the ADC range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no ADC values</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rc::AdcPanel</name>
    <message>
        <source>ADC values inside the active segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume (mL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P25</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P75</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P90</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skewness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kurtosis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entropy (bits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an ADC map (Diffusion &gt; Compute ADC map) to see the ADC inside its segments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ADC map: choose or make a segment (Diffusion &gt; ADC candidate mask).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: ADC in 10⁻⁶ mm²/s, %n lesion(s)</source>
        <translation>
            <numerusform>%1: ADC in 10⁻⁶ mm²/s, %n lesion</numerusform>
            <numerusform>%1: ADC in 10⁻⁶ mm²/s, %n lesions</numerusform>
        </translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesion %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rc::AdcThresholdDialog</name>
    <message>
        <source>ADC candidate mask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low ADC means high cell density. The voxels in the range become a semi-automatic segment; erase what is not tumour (brain, spleen, marrow, bowel, nodes) with the annotation tools.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ×10⁻⁶ mm²/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ADC above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ADC below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> mm³</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove islands smaller than</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and a high signal on the highest-b image (above its median inside the body)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ADC candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 voxels (%2 mL) before island removal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rc::AgreementDialog</name>
    <message>
        <source>Dice per case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bland-Altman: needs two or more cases read by the same two readers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bland-Altman: %1 (%2 − %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) compared (every reader submitted); %1 not yet.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statistic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bias %1 (%2 … %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Structure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reader A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reader B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HD95 (mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume difference (mL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>infinite (one mask empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undefined (both empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segments per case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the agreement figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mean of the two readers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>difference (A − B)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rc::AuditLogDialog</name>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rc::BoneScanComparisonDialog</name>
    <message>
        <source>undefined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bone-scan comparison — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) with readings</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n with a majority</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n tied (no reference)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 result(s) on its own tracer%3, %4 on another tracer not counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cut-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bland-Altman of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>95% interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sensitivity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>specificity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Against the readers&apos; majority (programs at %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bland-Altman: needs two or more cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bland-Altman: BSI, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bland-Altman: count of %1 − readers&apos; median</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>difference (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>difference (lesions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rc::BoneScanController</name>
    <message>
        <source>Bone-scan reading saved (revision %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
The reading shown is the one you last saved; reopen the case to see the other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No hotspot reading: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the case from the worklist to read it: hotspots are marked per reader.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no view %1 of this scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the point is outside the image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same lesion as %1 (%2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no mark placed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not the same lesion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot create the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rc::BoneScanPanel</name>
    <message>
        <source>Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Percentile of the counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upper level from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> th percentile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Percentile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ darker, - brighter (in the view)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upper level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inverted (hot = dark)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mirror the posterior view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both views then show the patient&apos;s right on the same side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hotspot reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metastases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EOD by the count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EOD given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>why the grade differs from the count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Superscan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as marked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metastasis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the case from the worklist to read it: hotspots are marked per reader.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s reading, read-only: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s reading. Click a hotspot to mark it; click a mark to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Total: %n metastases</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n lesions)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>POST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ANT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (same lesion as %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rc::ClinicalImportDialog</name>
    <message>
        <source>Import clinical data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the spreadsheet (.xlsx, .csv)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original patient ID (looked up in the correspondence table)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column naming the patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column of the sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace filled values that differ (listed below after an import)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinical data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n row(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The correspondence table is needed to match original patient IDs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n clinical record(s) written.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>written: %1 %2: %3 → %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept (differs): %1 %2: stored %3, sheet %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no patient: row %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused: row %1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To replace the kept values, tick &quot;Replace filled values&quot; and import again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rc::ClinicalRecordDialog</name>
    <message>
        <source>Clinical record of %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rc::ComputeAdcDialog</name>
    <message>
        <source>Compute ADC map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The diffusion series is grouped into b-value shells (b-values within 1 s/mm² are one shell; directions are combined as a trace-weighted image). The ADC map and each shell&apos;s image become new series of the study.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two shells: the lowest and the highest b-value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two shells, chosen by b-value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log-linear least-squares fit over all shells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s/mm²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low b</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High b</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noise floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen from the background (corners of the low-b image)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low-b signal at or below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rc::DoseDialog</name>
    <message>
        <source>Radiation dose of the study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the scanner&apos;s radiation dose SR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the CT images&apos; CTDIvol (no dose SR; the images carry no DLP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no dose information: neither a dose SR nor CT images with CTDIvol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Study of %1, %2: %3. Total DLP: %4 mGy·cm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acquisition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CTDIvol (mGy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DLP (mGy·cm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan length (mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kVp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tube current (mA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotation (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mAs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phantom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSDE (mGy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the dose as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dose</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rc::ExportController</name>
    <message>
        <source>No case store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a case store first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store holds no cases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correspondence table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting the dataset…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled; nothing was handed over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 patients, %3 studies, %4 series, %5 DICOM files; recorded as export %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The case sheet is marked incomplete: %n required cell(s) are empty.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Left out of the measurement reports (also listed in the README):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rc::ExportDatasetDialog</name>
    <message>
        <source>Export dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the company or institution that receives the data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export even if required cells of the case sheet are empty (the sheet is marked incomplete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include segments made by AI models that no reader verified (marked UNVERIFIED)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One encrypted archive (AES-256 zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the package goes (a new folder is made there)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the partner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where the package goes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists already; an export never replaces anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password needs at least 8 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project&apos;s columns after I (resources/sheets/)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project columns</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rc::FindingsPanel</name>
    <message>
        <source>No finding (read and found normal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disease class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certainty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The longest in-plane diameter of the segment and its perpendicular extent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Long / short axis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link the finding to a painted segment first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2D box %1 × %2 mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3D box %1 × %2 × %3 mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (draw one with the box tool, X)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 mL; mean %2 ± %3 %4 (min %5, max %6); long/short %7 / %8 mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rc::ImportController</name>
    <message>
        <source>No case store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a case store first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import folder or medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reports that came as SR: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>; %n report(s) came as SR: drafts to review (File &gt; Reports of the study)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rc::LabelsPanel</name>
    <message>
        <source>Opacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outline only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm a segment another tool or an AI model made; unverified segments stay out of exports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tool changes the voxels of a locked segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category and type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search segments (name, type, number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The active segment is the one the brush paints (Q / W step through them). Untick to hide a segment or a whole group; double-click to edit a segment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every segment listed (the search&apos;s results when searching)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide every segment listed (the search&apos;s results when searching)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rc::MainWindow</name>
    <message>
        <source>RadCurator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Studies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open case store…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lung window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mediastinum window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bone window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window from file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mouse and keyboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About RadCurator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open case store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RadCurator — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read case store</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n series in the store</source>
        <translation>
            <numerusform>%n series in the store</numerusform>
            <numerusform>%n series in the store</numerusform>
        </translation>
    </message>
    <message>
        <source>No case store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a case store first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open or create a case store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The series has no files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mouse and keyboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About RadCurator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RadCurator %1
Curation and annotation of medical images for AI research.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correspondence table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a passphrase for the new correspondence table (at least 8 characters).
Without it nobody can find out who a patient code stands for; keep it safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase of the correspondence table:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat the passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrases differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for the running task to finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The correspondence table is locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opt-out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything of %1 (images, labels, derived objects) will be deleted from this store, and the patient will not be imported again.
Type the patient code to confirm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code typed does not match; nothing was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export %1 to %2 on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: deleted %2 studies, %3 series, %4 images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No earlier export contained this patient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already handed over (tell these partners):
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Burned-in text review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opt-out: delete all data of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review burned-in text…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measurements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layout %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key: L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invert grey levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit to the view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset zoom, pan and window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link window/level across planes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link zoom and pan across planes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3D: lung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3D: bone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3D: soft tissue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Navigate (cross-hair)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ruler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ellipse ROI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rectangle ROI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show beside the open series:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open beside the current series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mouse or key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels saved (revision %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tool settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save labels now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels are saved by themselves within two seconds of an edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clinical record of the patient…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Box of a finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Long and short axis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brush</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eraser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threshold brush</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region growing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (key: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels changed elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load theirs (drop my unsaved edits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep mine (save over theirs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

Close anyway and lose the unsaved edits?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>series %1 (%2, started %3): nothing had been edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>series %1 (%2, started %3): edits saved up to %4 are kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RadCurator was not closed properly while labels were being edited:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edits restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinical record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a series of the patient first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Series open elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vocabulary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export dataset…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import clinical &amp;data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ADC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Diffusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute ADC map…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute ADC map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a diffusion-weighted MR series first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ADC candidate mask…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ADC candidate mask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an ADC map first (Diffusion &gt; Compute ADC map, or the scanner&apos;s ADC series).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ADC statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a series beside…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link the series beside by position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the series beside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A series beside does not share the frame of reference: it scrolls on its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Removed what an interrupted import or export left in the store&apos;s scratch folder: %n folder(s), %1 file(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s labels, read-only: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Submit the open reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Agreement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit &amp;log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No further case in the worklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a store with a reading study first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading studies: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s labels — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store&apos;s own labels: nobody reads this case yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bone scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bone-scan comparison…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bone-scan comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;reports…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports of the s&amp;tudy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Radiation &amp;dose of the study…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;PACS and DICOM nodes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team database is reachable again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team database cannot be reached: %1. Edits are kept on this workstation and saved when it is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team database cannot be reached: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RadCurator — %1 (team database %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edits kept on this workstation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rc::MaskRegionDialog</name>
    <message>
        <source>Burned-in text review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. Drag a rectangle over any text that could identify the patient, then Mask; or confirm that the image shows none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mask the rectangle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No burned-in text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rc::MeasurementPanel</name>
    <message>
        <source>Ellipse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rectangle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ruler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 mm², mean %2 ± %3 %4 (min %5, max %6, %7 voxels)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected measurement (Edit &gt; Undo brings it back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measurement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rc::PacsController</name>
    <message>
        <source>the DICOM node settings could not be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Echo %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answers (C-ECHO)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n stud(ies) found</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Retrieving from %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retrieve cancelled: what arrived whole is filed; retrieve again for the rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the series to send first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent %1 of %2 files to %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rc::PacsDialog</name>
    <message>
        <source>PACS and DICOM nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Echo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved nodes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Hospital PACS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AE title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS, trusting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the node&apos;s certificate or its CA (PEM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retrieve by C-GET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by C-MOVE to our port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our AE title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search studies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYYMMDD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accession</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modalities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Study UID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identified data from the PACS goes straight into the de-identifying import; nothing identified is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retrieve chosen studies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send with the series&apos; SEG and SR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the &amp;open series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate to trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM (*.pem *.crt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n stud(ies) found. Choose the rows to retrieve.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the studies to retrieve first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent %1 of %2 files; %3 the node had already.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rc::ReadingController</name>
    <message>
        <source>no store is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such case in the worklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>series %1 is not in the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open a case of the worklist first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only %1 submits this reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open a reading of the worklist first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the case is gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no project is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may not read the audit log: that needs the role data-manager or reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may not correct readings: that needs the role reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only another reader&apos;s submitted reading is corrected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only a submitted reading can be corrected; %1&apos;s is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no correction is under way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no series is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>project %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>returned: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rc::ReportReviewDialog</name>
    <message>
        <source>Reports of the study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reports of this study. Reports come from the RIS (File &gt; Import reports) or as SR with the images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2). %n replacement(s) highlighted: %3. %4</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>confirmed by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>draft: not exported until confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edited by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports are confirmed by a reviewer or data manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rc::ReportsController</name>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a case store first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import reports from the RIS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports (*.csv *.xlsx *.hl7 *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing reports…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not matched: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) stored as drafts for review; %1 already stored</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Open a series of the study first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Radiation dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the dose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such study</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rc::SegmentListModel</name>
    <message>
        <source>Without a category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unverified)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(locked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 of %3 shown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untick to hide every segment of this group listed here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rc::SliceOverlay</name>
    <message>
        <source>(%1, %2, %3)  %4, %5, %6 mm  %7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Axial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coronal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sagittal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>oblique: planes follow the acquisition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slice %1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position %1 mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gantry tilt: shown without shear correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>irregular slice spacing: shown evenly spaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W %1  L %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(inverted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a series in the browser to view it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 mm²  mean %2 ± %3 %4
min %5  max %6</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rc::StudyBrowser</name>
    <message>
        <source>(no description)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient / study / series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(study without description)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) may carry burned-in text: held back from export until each is confirmed free of text or masked (right-click the series)</source>
        <translation>
            <numerusform>%n image may carry burned-in text: held back from export until it is confirmed free of text or masked (right-click the series)</numerusform>
            <numerusform>%n images may carry burned-in text: held back from export until each is confirmed free of text or masked (right-click the series)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rc::TaskPanel</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rc::ToolOptionsPanel</name>
    <message>
        <source>Brush</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Radius of the brush ([ and ] change it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Radius</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sphere (paint through neighbouring slices)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overwrite all segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overwrite unlocked segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not overwrite other segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paint over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threshold brush and region growing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Range (Ctrl+click samples)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected in the range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence connected (mean ± 2.5 SD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region growing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The grown region stays within this distance of the click</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Growing limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per slice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill holes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the largest island</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> mm³</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove islands smaller than</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shrink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interpolate between painted slices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fills the slices between the ones you painted, in the plane of the active view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an unlocked segment first (or paint one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> HU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least %1 % of the maximum count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> counts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rc::ViewerPanel</name>
    <message>
        <source>%1: cannot create the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rc::VolumeView</name>
    <message>
        <source>3D</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rc::WholeBodyView</name>
    <message>
        <source>R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No planar scan open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View %1 (the file names no side)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (mirrored)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rc::WindowContext</name>
    <message>
        <source>Correspondence table</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rc::WorklistPanel</name>
    <message>
        <source>The reading study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit the open reading: it becomes read-only, and a reviewer may return it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consensus…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the consensus of the open case from one reader&apos;s set, a majority vote or STAPLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return the reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What should the reader change?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Majority vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STAPLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The set of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consensus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the consensus from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a store to see its reading studies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acting as %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This store has no reading study yet (radcurator-cli project create).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add every series…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign in turn…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readers per case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blinded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inclusion targets (e.g. with findings=50, without=50)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add every series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign in turn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readers (logins, comma-separated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases against targets: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short of the target: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not blinded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Study date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the open submitted reading as its reviewer; press again to finish: a new revision under your name, the reading accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish the correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was corrected?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every modality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish correction…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading studies: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
