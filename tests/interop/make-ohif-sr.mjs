// Writes a measurement report the way OHIF v3 saves one (Cornerstone3D's MeasurementReport:
// TID 1500, each NUM with its SCOORD through INFERRED FROM), from a JSON list of measurements
// given in image coordinates (column, row) on a slice of the series.
//   node make-ohif-sr.mjs SERIES_DIR SPEC.json OUT.dcm
// SPEC: [{"tool": "Length"|"Bidirectional"|"EllipticalROI"|"RectangleROI", "slice": k,
//         "points": [[c, r], ...], "label"?: text, "findingSites"?: [{CodeValue, CodingSchemeDesignator, CodeMeaning}],
//         "unit"?: "mm"|"px"}]
// Prints the images each measurement went on.
import fs from 'node:fs';
import { adaptersSR } from '@cornerstonejs/adapters';
import { metaData, utilities } from '@cornerstonejs/core';
import { readSeries, registerMetadata, writeDataset } from './series.mjs';

const [seriesDir, specFile, outFile] = process.argv.slice(2);
const images = readSeries(seriesDir);
registerMetadata(images);
const { MeasurementReport } = adaptersSR.Cornerstone3D;
const spec = JSON.parse(fs.readFileSync(specFile, 'utf8'));
const dist = (a, b) => Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);

const toolState = {};
const written = [];
for (const m of spec) {
  const image = images[m.slice];
  const world = m.points.map((p) => utilities.imageToWorldCoords(image.imageId, p));
  const unit = m.unit || 'mm';
  let stats = {};
  if (m.tool === 'Length') stats = { length: dist(world[0], world[1]), unit };
  if (m.tool === 'Bidirectional') stats = { length: dist(world[0], world[1]), width: dist(world[2], world[3]), unit, widthUnit: unit };
  if (m.tool === 'EllipticalROI' || m.tool === 'RectangleROI')
    stats = { area: 123.5, areaUnit: unit === 'px' ? 'px\xb2' : 'mm\xb2', mean: 10, stdDev: 2, max: 30, modalityUnit: 'HU' };
  const annotation = {
    metadata: { referencedImageId: image.imageId, FrameOfReferenceUID: image.dataset.FrameOfReferenceUID, toolName: m.tool },
    data: { handles: { points: world, textBox: { hasMoved: false } }, cachedStats: { [`imageId:${image.imageId}`]: stats }, label: m.label },
    findingSites: m.findingSites,
  };
  toolState[image.imageId] ||= {};
  toolState[image.imageId][m.tool] ||= { data: [] };
  toolState[image.imageId][m.tool].data.push(annotation);
  written.push({ tool: m.tool, sopInstanceUid: image.dataset.SOPInstanceUID, world });
}
const report = MeasurementReport.generateReport(toolState, metaData, {});
writeDataset(report.dataset, outFile);
console.log(JSON.stringify({ written }));
