import { ruleCases } from './cases';

ruleCases('unattributed-denial', [
  {
    name: 'flags this was subsequently denied (docs example), related to the claim',
    body: 'The Financial Times reported that the carmaker was exploring a venture with Xiaomi. However, this was subsequently denied.',
    flag: 'this was subsequently denied',
    severity: 'warning',
    message: "Denial with no denier: 'this was subsequently denied'",
    related: 'the carmaker was exploring a venture with Xiaomi',
  },
  {
    name: 'does not flag a named denial (docs example)',
    body: 'Xiaomi denied the report in a statement.',
    none: true,
  },
  {
    name: 'flags the report has since been disputed',
    body: 'A local newspaper said the mayor had sold land to his brother. The report has since been disputed.',
    flag: 'The report has since been disputed',
  },
  {
    name: 'flags which was later denied',
    body: 'Local media said the club had sacked its coach, which was later denied.',
    flag: 'which was later denied',
    related: 'Local media said the club had sacked its coach',
  },
  {
    name: 'a by agent names the denier',
    body: 'A newspaper said the club had sacked its coach. This was denied by the club on Sunday.',
    none: true,
  },
  {
    name: 'does not flag being denied something',
    body: 'The activist was denied entry at the border. It was denied a licence last year.',
    none: true,
  },
  {
    name: "a court's ruling on a claim in a story of a lawsuit is no denial",
    body: 'The claimant, a waste company, sought judicial review of the permit decision. The judge found the officer had read the noise report. The claim was dismissed.',
    none: true,
  },
  {
    name: 'a claim dismissed outside a lawsuit is still a denial with no denier',
    body: 'A tabloid said the striker had agreed terms with Napoli. The claim was dismissed as fantasy.',
    flag: 'The claim was dismissed',
  },
  {
    name: 'a "by" agent after what the denial called the claim, or after when, names the denier',
    body: 'Activists say the mine should never have been licensed. The allegations were dismissed as "baseless" by the company. The report was denied on Monday by the ministry.',
    none: true,
  },
  {
    name: 'a "by" that names a time or a means is no agent',
    body: 'Activists say the mine polluted the river. The allegations were dismissed as baseless. The report was denied by lunchtime.',
    flag: ['The allegations were dismissed'],
  },
]);
