// Shared by the interop scripts: a DICOM series read with dcmjs, and the metadata Cornerstone3D
// asks for (image planes, SOP identity) registered under image IDs "rc:<SOP Instance UID>".
import fs from 'node:fs';
import path from 'node:path';
import dcmjs from 'dcmjs';
import { metaData } from '@cornerstonejs/core';

dcmjs.log.setLevel('error');  // not its warnings about the ISO 2022 character set (see readDataset)

// ignoreErrors: the phantom (like Japanese hospitals) writes ISO 2022 IR 87, which dcmjs only reads this way.
export function readDataset(file) {
  const buffer = fs.readFileSync(file);
  const dict = dcmjs.data.DicomMessage.readFile(buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength), { ignoreErrors: true });
  const dataset = dcmjs.data.DicomMetaDictionary.naturalizeDataset(dict.dict);
  dataset._meta = dcmjs.data.DicomMetaDictionary.namifyDataset(dict.meta);
  return dataset;
}

export function writeDataset(dataset, file) {
  const dict = dcmjs.data.datasetToDict(dataset);
  fs.writeFileSync(file, Buffer.from(dict.write()));
}

const toArray = (v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
export { toArray };

// The images of a folder (or a list of files), sorted along the slice normal.
export function readSeries(where) {
  const files = fs.statSync(where).isDirectory() ? fs.readdirSync(where).map((f) => path.join(where, f)) : [where];
  const images = [];
  for (const file of files) {
    let ds;
    try { ds = readDataset(file); } catch { continue; }
    if (!ds.ImagePositionPatient || !ds.ImageOrientationPatient) continue;
    images.push({ file, dataset: ds, imageId: `rc:${ds.SOPInstanceUID}` });
  }
  const o = images[0].dataset.ImageOrientationPatient.map(Number);
  const normal = [o[1] * o[5] - o[2] * o[4], o[2] * o[3] - o[0] * o[5], o[0] * o[4] - o[1] * o[3]];
  const along = (im) => im.dataset.ImagePositionPatient.map(Number).reduce((s, v, i) => s + v * normal[i], 0);
  images.sort((a, b) => along(a) - along(b));
  return images;
}

export function registerMetadata(images) {
  const byId = new Map(images.map((im) => [im.imageId, im.dataset]));
  metaData.addProvider((type, imageId) => {
    const ds = byId.get(imageId);
    if (!ds) return undefined;
    const o = ds.ImageOrientationPatient.map(Number);
    const spacing = toArray(ds.PixelSpacing).map(Number);
    switch (type) {
      case 'imagePlaneModule':
        return {
          frameOfReferenceUID: ds.FrameOfReferenceUID, rows: ds.Rows, columns: ds.Columns,
          imagePositionPatient: ds.ImagePositionPatient.map(Number), imageOrientationPatient: o,
          rowCosines: o.slice(0, 3), columnCosines: o.slice(3, 6),
          rowPixelSpacing: spacing[0], columnPixelSpacing: spacing[1], pixelSpacing: spacing,
        };
      case 'sopCommonModule': return { sopInstanceUID: ds.SOPInstanceUID, sopClassUID: ds.SOPClassUID };
      case 'instance': return ds;
      case 'frameNumber': return undefined;
      case 'generalSeriesModule': return { modality: ds.Modality, seriesInstanceUID: ds.SeriesInstanceUID };
      default: return undefined;
    }
  }, 10000);
  return byId;
}
