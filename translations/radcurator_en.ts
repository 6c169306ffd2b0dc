<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Dicom</name>
    <message>
        <source>%1 (%2) pixel data cannot be decoded: no decoder for it in this build</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown transfer syntax %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 pixel data cannot be decoded: no decoder for it in this build</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: cannot read DICOMDIR: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: file not found</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: not a DICOM file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: the file is truncated (it ends before its data does)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: the file is damaged or truncated inside its header</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: cannot read DICOM header: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: missing SOP Instance UID (0008,0018)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: missing Study Instance UID (0020,000D)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: missing Series Instance UID (0020,000E)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: not an image (no Rows/Columns)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: unsupported Samples per Pixel %2 (0028,0002)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: unsupported Bits Allocated %2 (0028,0100)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: frame %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: no pixel data %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: pixel data is shorter than Rows x Columns x Number of Frames</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: cannot read float pixel data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: cannot read double pixel data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: no Pixel Data (7FE0,0010)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: frame too large</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: pixel data is truncated (%2 bytes, %3 expected)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: cannot decode %2 pixel data: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: unsupported Bits Allocated %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: palette image in a grayscale series</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: segmented palette colour lookup tables are not supported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: palette colour lookup table missing or invalid (0028,1101-1203)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: colour image in a grayscale series</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>oblique</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>axial</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>coronal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>sagittal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>echo %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>time %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>stack %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>irregular slice spacing (%1 to %2 mm); slices are shown evenly spaced at %3 mm</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>slices are sheared (gantry tilt); shown without shear correction</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: cannot read DICOM file: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Decoding images</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>loading cancelled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no files to load</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no loadable image among %1 files; first problem: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: pixel values out of range</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>series holds %1 stacks; showing %2</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n file(s) of the series skipped; first: %1</source>
        <translation>
            <numerusform>%n file of the series skipped; first: %1</numerusform><numerusform>%n files of the series skipped; first: %1</numerusform></translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>no such file or folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>referenced by %1 but missing from the medium</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>DICOMDIR media directory (its files are imported)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading headers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not a DICOM file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>same SOP Instance UID as %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n instance(s) of series %1 already in the store</source>
        <translation>
            <numerusform>%n instance of series %1 already in the store</numerusform><numerusform>%n instances of series %1 already in the store</numerusform></translation>
    </message>
    <message>
        <source>Storing series</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Phantom</name>
    <message>
        <source>%1: cannot write: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: cannot write</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: cannot create folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Writing synthetic CT</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Writing synthetic chest X-ray</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>%1: cannot read: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no case store folder given</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: cannot create the case store folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: cannot open database: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: cannot lock database: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: not a case database: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: database schema version %2 is newer than this RadCurator (%3); use a newer version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: migration to schema %2 failed: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: cannot create folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>series %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>study %1 is already filed under another patient</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>series is already filed under another study</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>instance %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown table %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>rc::MainWindow</name>
    <message>
        <source>RadCurator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Studies</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Import folder…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Open case store…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lung window</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mediastinum window</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bone window</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Window from file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reset zoom and pan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Mouse and keyboard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;About RadCurator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot open case store</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>RadCurator — %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read case store</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n series in the store</source>
        <translation>
            <numerusform>%n series in the store</numerusform><numerusform>%n series in the store</numerusform></translation>
    </message>
    <message>
        <source>No case store</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open a case store first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import folder or medium</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open or create a case store</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The series has no files.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot open series</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Loading %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mouse and keyboard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mouse wheel, PgUp/PgDn, Up/Down: previous/next slice
Home/End: first/last slice
Right-drag: window (horizontal) and level (vertical)
Middle-drag or Shift+left-drag: pan
Ctrl+wheel: zoom
1 / 2 / 3: lung / mediastinum / bone window
0: window from the file;  R: reset zoom and pan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>About RadCurator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>RadCurator %1
Curation and annotation of medical images for AI research.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>rc::SliceView</name>
    <message>
        <source>Double-click a series in the browser to view it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Zoom %1%</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Slice %1/%2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Position %1 mm</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>W %1  L %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>rc::StudyBrowser</name>
    <message>
        <source>(no description)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Patient / study / series</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Modality</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Images</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(study without description)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>rc::TaskPanel</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>