import { SourceDescriptorSchema, SourceParseError } from '@airesilience/core';
import { describeSourceAdapter, hasMirror, mirrorPath, writeXlsx } from '@airesilience/test-utils';
import { describe, expect, it } from 'vitest';
import { loadIloOutputTree } from './load-ilo-output-tree.js';
import { loadIloTaskScores } from './load-ilo-task-scores.js';
import { parseIloOutputTree } from './parse-ilo-output-tree.js';
import { parseIloTaskScores } from './parse-ilo-task-scores.js';

const header = [
  'label4d',
  'label1d',
  'ISCO_08',
  'Title',
  'taskID',
  'Task_ISCO',
  'score_2023',
  'score_2025',
  'mean_score_2025',
  'potential25',
];
const medicalRecords = (taskId: string, score2023: string, score2025: string) => [
  '3252 - Medical Records and Health Information Technicians',
  '3 - Technicians and associate professionals',
  '3252',
  'Medical Records and Health Information Technicians',
  taskId,
  `Task ${taskId} of medical records technicians`,
  score2023,
  score2025,
  '0.52',
  'Exposed: Gradient 3',
];
const fixture = [
  header,
  [
    '1111 - Legislators',
    '1 - Managers',
    '1111',
    'Legislators',
    '1',
    'Presiding over legislative bodies;',
    '0.1',
    '0.34',
    '0.31',
    'Not Exposed',
  ],
  medicalRecords('1', '0.6', '0.6075'),
  medicalRecords('2', '0.6', '0.535'),
  medicalRecords('3', '0.4', '0.435'),
  medicalRecords('4', '0.6', '0.61'),
  medicalRecords('5', '0.3', '0.355'),
  medicalRecords('6', '', '0.555'),
];

describeSourceAdapter({
  name: 'ilo/Final_Scores_ISCO08_Gmyrek_et_al_2025.xlsx',
  format: 'xlsx',
  sheet: 'Sheet1',
  fixture,
  parse: (bytes, file) => parseIloTaskScores({ bytes, file }),
  requiredColumn: 'score_2025',
  numericColumn: 'score_2025',
  check: (parsed) => {
    expect(parsed.records).toHaveLength(2);
    const group = parsed.records[1] as Record<string, unknown>;
    expect(group).toMatchObject({
      code: '3252',
      title: 'Medical Records and Health Information Technicians',
      taskCount: 6,
      exposureClass: 'Exposed: Gradient 3',
      row: 3,
    });
    expect(group.value).toBeCloseTo(0.51625, 12);
    // score_2023 is empty for task 6: the mean is over the five present.
    expect(group.meanScore2023).toBeCloseTo(0.5, 12);
    expect(parsed.descriptor).toMatchObject({
      id: 'ilo-genai-exposure',
      codeSystem: 'isco-08',
      direction: 'higher-is-more-exposed',
    });
  },
});

describe('parseIloTaskScores rules', () => {
  const parse = (rows: string[][]) =>
    parseIloTaskScores({ bytes: writeXlsx({ Sheet1: [header, ...rows] }), file: 'ilo.xlsx' });
  it('rejects a task listed twice, a score above 1, a 3-digit code, two classes in one unit group', () => {
    expect(() => parse([medicalRecords('1', '0.6', '0.6'), medicalRecords('1', '0.6', '0.5')])).toThrow(
      /row 3: `taskID` duplicate task 3252\/1 \(first seen on row 2\)/,
    );
    expect(() => parse([medicalRecords('1', '0.6', '1.5')])).toThrow(
      /row 2: `score_2025` must be a score in \[0, 1\]/,
    );
    const threeDigits = medicalRecords('1', '0.6', '0.6');
    threeDigits[2] = '325';
    expect(() => parse([threeDigits])).toThrow(/`ISCO_08` must be a 4-digit ISCO-08 unit group/);
    const otherClass = medicalRecords('2', '0.6', '0.6');
    otherClass[9] = 'Exposed: Gradient 2';
    expect(() => parse([medicalRecords('1', '0.6', '0.6'), otherClass])).toThrow(
      /row 3: `potential25` unit group 3252 has two exposure classes/,
    );
  });
});

const task = (score: string, text: string, risk = 'Low') => ({ name: `( ${score} ) - ${text}`, risk });
const tree = {
  name: 'ISCO-08',
  children: [
    {
      name: '3 - Technicians and associate professionals',
      children: [
        {
          name: '32 - Health associate professionals',
          children: [
            {
              name: '325 - Other health associate professionals',
              children: [
                {
                  name: '3252 - Medical records and health information technicians',
                  risk: 'Exposed: Gradient 3',
                  children: [
                    task('0.6075', 'Planning, developing, maintaining health record indexes;', 'Medium'),
                    task(
                      '0.535',
                      'Transcribing, compiling and processing patient medical records;',
                      'Medium',
                    ),
                    task('0.435', 'Reviewing records for completeness;'),
                    task('0.61', 'Translating narrative descriptions into codes;', 'Medium'),
                    task('0.355', 'Protecting the security of medical records;'),
                    task('0.555', 'Supervising clerical workers.', 'Medium'),
                  ],
                },
                {
                  name: '3256 - Medical assistants',
                  risk: 'Minimal Exposure',
                  children: [task('0.3', 'Preparing patients for examination;', 'Very Low')],
                },
              ],
            },
          ],
        },
      ],
    },
  ],
};
const encode = (value: unknown) => new TextEncoder().encode(JSON.stringify(value, null, 2));

describe('parseIloOutputTree (JSON)', () => {
  const parse = (bytes: Uint8Array) => parseIloOutputTree({ bytes, file: 'output_data.json' });
  const caught = (bytes: Uint8Array): SourceParseError => {
    try {
      parse(bytes);
    } catch (error) {
      expect(error).toBeInstanceOf(SourceParseError);
      return error as SourceParseError;
    }
    throw new Error('expected a SourceParseError');
  };

  it('reads each unit group with its class, level, task count and mean task score', () => {
    const { records, descriptor } = parse(encode(tree));
    expect(
      records.map((record) => [record.code, record.exposureClass, record.exposureLevel, record.taskCount]),
    ).toEqual([
      ['3252', 'Exposed: Gradient 3', 4, 6],
      ['3256', 'Minimal Exposure', 1, 1],
    ]);
    expect(records[0]?.value).toBeCloseTo(0.51625, 12);
    expect(records[0]?.title).toBe('Medical records and health information technicians');
    const text = new TextDecoder().decode(encode(tree));
    expect(records[0]?.row).toBe(text.split('\n').findIndex((line) => line.includes('"3252 - ')) + 1);
    expect(() => SourceDescriptorSchema.parse(descriptor)).not.toThrow();
  });

  it('rejects a truncated file and invalid UTF-8, naming the line', () => {
    const bytes = encode(tree);
    const cut = bytes.slice(0, bytes.length - 40);
    expect(caught(cut).row).toBe(new TextDecoder().decode(cut).split('\n').length);
    const broken = new Uint8Array([...bytes.slice(0, 30), 0xff, ...bytes.slice(30)]);
    expect(caught(broken).message).toMatch(/not valid UTF-8/);
  });

  it('rejects the wrong shape: a node that is not an object, children that are not an array', () => {
    expect(caught(encode([tree])).message).toMatch(/`\$` must be an object, got an array/);
    expect(caught(encode({ name: 'ISCO-08', children: { a: 1 } })).column).toBe('$.children');
    expect(caught(encode({ name: 'ISCO-08', children: [] })).message).toMatch(/has no ISCO-08 unit group/);
  });

  it('rejects an unknown class and a task without a score, naming the unit group and the path', () => {
    const unknownClass = structuredClone(tree);
    const unit = unknownClass.children[0]!.children[0]!.children[0]!.children[0]!;
    unit.risk = 'Exposed: Gradient 5';
    const error = caught(encode(unknownClass));
    expect(error.column).toBe('$.children[0].children[0].children[0].children[0].risk');
    expect(error.message).toMatch(
      /unit group 3252 must have an exposure class .* got a string "Exposed: Gradient 5"/,
    );
    expect(error.row).toBeTypeOf('number');
    const badTask = structuredClone(tree);
    badTask.children[0]!.children[0]!.children[0]!.children[1]!.children[0]!.name =
      '( high ) - Preparing patients';
    expect(caught(encode(badTask)).message).toMatch(/a task of unit group 3256 must be named/);
  });
});

describe.runIf(hasMirror)('ILO files in the mirror', () => {
  it('has 427 unit groups; 3252 at 0.516 from 6 tasks; the tree agrees with the workbook', async () => {
    const scores = await loadIloTaskScores(mirrorPath('ilo/Final_Scores_ISCO08_Gmyrek_et_al_2025.xlsx'));
    const classes = await loadIloOutputTree(mirrorPath('ilo/output_data.json'));
    expect(scores.records).toHaveLength(427);
    expect(scores.records.reduce((total, record) => total + record.taskCount, 0)).toBe(3266);
    const medical = scores.records.find((record) => record.code === '3252');
    expect(medical?.taskCount).toBe(6);
    expect(medical?.value).toBeCloseTo(0.516, 3);
    expect(medical?.meanScore2023).toBeCloseTo(0.475, 3);
    expect(classes.records).toHaveLength(427);
    const medicalClass = classes.records.find((record) => record.code === '3252');
    expect(medicalClass?.exposureClass).toBe('Exposed: Gradient 3');
    const byCode = new Map(classes.records.map((record) => [record.code, record]));
    let disagreements = 0;
    for (const record of scores.records) {
      const node = byCode.get(record.code);
      if (
        !node ||
        node.exposureClass !== record.exposureClass ||
        node.taskCount !== record.taskCount ||
        Math.abs(node.value - record.value) > 1e-9
      )
        disagreements++;
    }
    expect(disagreements).toBe(0);
    expect(classes.descriptor.files[0]?.sha256).toBe(
      'b5b1ca943e206d98d33a32816fcf0db74188a7de383d3c48d1cbaa904252d23d',
    );
  });
});
