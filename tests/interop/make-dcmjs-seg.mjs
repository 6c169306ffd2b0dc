// Writes a SEG the way dcmjs does for a Cornerstone labelmap (dcmjs.adapters.Cornerstone.
// Segmentation.generateSegmentation): by default FRACTIONAL + RLE with value 1 of 255 for
// "in"; with "rleEncode": false a bit-packed BINARY SEG.
//   node make-dcmjs-seg.mjs SERIES_DIR SPEC.json OUT.dcm
// SPEC: {"rleEncode": bool, "segments": [{"label": text, "boxes": [{"slice": k, "i0", "j0", "i1", "j1"}]}]}
// (boxes inclusive, i = column, j = row). Prints the voxels of each segment.
import fs from 'node:fs';
import dcmjs from 'dcmjs';
import { readSeries } from './series.mjs';

const [seriesDir, specFile, outFile] = process.argv.slice(2);
const spec = JSON.parse(fs.readFileSync(specFile, 'utf8'));
const series = readSeries(seriesDir);
// dcmjs parses the source files again itself, without tolerance for ISO 2022 character sets:
// hand it the datasets re-encoded in UTF-8.
const images = series.map((im) => {
  const bytes = Buffer.from(dcmjs.data.datasetToDict(im.dataset).write());
  return { imageId: im.imageId, data: { byteArray: { buffer: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) } } };
});
const { Rows: rows, Columns: columns } = series[0].dataset;
const labelmaps2D = [];
const metadata = [undefined];
const voxels = {};
spec.segments.forEach((segment, index) => {
  const number = index + 1;
  metadata.push({
    SegmentNumber: number,
    SegmentLabel: segment.label,
    SegmentAlgorithmType: 'MANUAL',
    SegmentedPropertyCategoryCodeSequence: { CodeValue: '49755003', CodingSchemeDesignator: 'SCT', CodeMeaning: 'Morphologically Abnormal Structure' },
    SegmentedPropertyTypeCodeSequence: { CodeValue: '27925004', CodingSchemeDesignator: 'SCT', CodeMeaning: 'Nodule' },
    RecommendedDisplayCIELabValue: [43802, 26566, 37721],
  });
  voxels[number] = 0;
  for (const b of segment.boxes) {
    labelmaps2D[b.slice] ||= { pixelData: new Uint16Array(rows * columns), segmentsOnLabelmap: [] };
    const map = labelmaps2D[b.slice];
    for (let j = b.j0; j <= b.j1; j++)
      for (let i = b.i0; i <= b.i1; i++) {
        if (map.pixelData[j * columns + i] !== number) voxels[number] += 1;
        map.pixelData[j * columns + i] = number;  // a labelmap: the later segment wins an overlap
      }
    if (!map.segmentsOnLabelmap.includes(number)) map.segmentsOnLabelmap.push(number);
  }
});
const labelmap3D = { labelmaps2D, metadata };
const blob = dcmjs.adapters.Cornerstone.Segmentation.generateSegmentation(images, labelmap3D, { rleEncode: spec.rleEncode !== false });
fs.writeFileSync(outFile, Buffer.from(await blob.arrayBuffer()));
console.log(JSON.stringify({ voxels }));
