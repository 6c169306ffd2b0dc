// Hydrates a TID 1500 report the way OHIF v3 does (Cornerstone3D's
// MeasurementReport.generateToolState) and prints, per tool, where each measurement lies.
//   node read-sr.mjs SERIES_DIR SR.dcm
// Output: {"tools": {"Length": [{"sopInstanceUid", "frameOfReferenceUid", "points": [[x,y,z]...],
//          "label", "trackingUid"}...], ...}, "groups": n, "skipped": groups not hydrated,
//          "legacy": {tool: count} as dcmjs' own cornerstone-tools 4 adapter hydrates them}
import dcmjs from 'dcmjs';
import { adaptersSR } from '@cornerstonejs/adapters';
import { metaData } from '@cornerstonejs/core';
import { readDataset, readSeries, registerMetadata, toArray } from './series.mjs';

const [seriesDir, srFile] = process.argv.slice(2);
const images = readSeries(seriesDir);
registerMetadata(images);
const sopToImageId = {};
for (const im of images) sopToImageId[`${im.dataset.SOPInstanceUID}:1`] = im.imageId;
const { MeasurementReport } = adaptersSR.Cornerstone3D;
const sr = readDataset(srFile);
// Cornerstone passes over a group it cannot hydrate (with a log line): counted below.
const hydrated = MeasurementReport.generateToolState(sr, sopToImageId, metaData);
const imagingMeasurements = toArray(sr.ContentSequence).find((c) => c.ConceptNameCodeSequence?.[0]?.CodeMeaning === 'Imaging Measurements'
  || c.ConceptNameCodeSequence?.CodeMeaning === 'Imaging Measurements');
const groups = toArray(imagingMeasurements?.ContentSequence).length;
const round = (v) => Math.round(v * 1000) / 1000;
const tools = {};
for (const [tool, list] of Object.entries(hydrated)) {
  tools[tool] = list.map((m) => ({
    sopInstanceUid: m.sopInstanceUid ?? null,
    frameOfReferenceUid: m.annotation.metadata.FrameOfReferenceUID ?? null,
    points: (m.annotation.data.handles.points || []).map((p) => p.map(round)),
    label: m.annotation.data.label ?? null,
    trackingUid: m.TrackingUniqueIdentifier ?? null,
  }));
}
const skipped = groups - Object.values(tools).reduce((n, list) => n + list.length, 0);
// dcmjs' own Cornerstone adapter (cornerstone-tools 4, OHIF v2): what it hydrates, per tool.
const quiet = console.log;
console.log = () => {};
const legacyState = dcmjs.adapters.Cornerstone.MeasurementReport.generateToolState(sr);
console.log = quiet;
const legacy = Object.fromEntries(Object.entries(legacyState).map(([tool, list]) => [tool, list.length]));
console.log(JSON.stringify({ tools, groups, skipped, legacy }));
