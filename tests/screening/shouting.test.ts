import { expect, test } from 'vitest';
import { shoutingPhase } from '@/lib/screening/phases/shouting';

const evidence = (body: string) => shoutingPhase.run({ body }).flags.map((flag) => flag.evidence);

test.each([
  'THIS IS A DISGRACE TO EVERYONE',
  'ЭТО ПОЗОР ДЛЯ ВСЕХ НАС',
  'ΑΥΤΟ ΕΙΝΑΙ ΝΤΡΟΠΗ ΓΙΑ ΟΛΟΥΣ',
  'Ev ŞERMEZARÎYEK E JI BO HEMÛ',
])('flags %j with the whole short body as evidence', (body) => {
  expect(evidence(`  ${body}  `)).toEqual([body]);
});

test('a long comment shows the start of its longest shouted run', () => {
  const body = `Listen. ${'WHY DOES NOBODY IN THIS GOVERNMENT EVER LISTEN TO THE PEOPLE OF THIS CITY'} ok`;
  expect(shoutingPhase.run({ body }).flags).toEqual([
    {
      phase: 'shouting',
      category: 'shouting',
      evidence: 'WHY DOES NOBODY IN THIS GOVERNMENT EVER LISTEN TO THE PEOPLE',
      reason: 'mostly capitals',
    },
  ]);
});

test.each([
  'The US said ISIS attacks fell this year, according to the UN and NATO.',
  'NO WAY',
  'This Is Written In Title Case Throughout',
  'هذا عار على الجميع وعلى الحكومة أيضا',
  'ئەمە شەرمەزارییەکە بۆ هەمووان',
  '1234567890 !!!! ???',
])('no flag for %j', (body) => {
  expect(evidence(body)).toEqual([]);
});

test('uncased letters do not dilute or add to the share of capitals', () => {
  expect(evidence('STOP LYING TO US ئەمە شەرمەزارییەکە بۆ هەمووان')).toHaveLength(1);
});
