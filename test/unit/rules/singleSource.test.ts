import { ruleCases } from './cases';

ruleCases('single-source', [
  {
    name: 'flags a document whose claims all go back to one outlet and the sources it relays',
    body: 'The miner is in talks to buy a copper project in Chile, Reuters reported, citing people familiar with the matter. The deal could be worth $2 billion, the people said. An announcement could come in March, the sources said.',
    flag: 'Reuters',
    severity: 'warning',
  },
  {
    name: 'does not count the sentences of one quotation as separate claims',
    body: '"The lads showed real character," manager Gordon Fitch said. "We never panicked. Kees has been outstanding."',
    none: true,
  },
  {
    name: 'flags a single anonymous person as the only source',
    body: 'The council will scrap the tram extension, a person familiar with the decision said.',
    flag: 'a person familiar with the decision',
  },
  {
    name: 'does not flag two independent sources',
    body: 'The council will scrap the tram extension, Mayor Lena Holt said on Monday. Transport union leader Omar Haddad said the decision was a mistake.',
    none: true,
  },
  {
    name: 'does not flag a single named quote',
    body: 'The council will scrap the tram extension, Mayor Lena Holt said on Monday.',
    none: true,
  },
  {
    name: 'does not flag a document with no attributions',
    body: 'The tram extension was scrapped on Monday.',
    none: true,
  },
  {
    name: 'does not flag a question-and-answer interview, one source by design',
    body: 'Lorna Baptiste runs the port tug company.\n\nQ: Is trade slowing?\n\nA: No. Volumes rose 4 per cent.\n\nQ: Will you hire?\n\nA: We plan to add 30 crew this year.',
    none: true,
  },
  {
    name: 'does not flag an interview whose answers state views of their own ("A: We hope …")',
    body: 'Lorna Baptiste runs the port tug company.\n\nQ: Is trade slowing?\n\nA: We hope volumes will hold up this year.\n\nQ: Will you hire?\n\nA: I think we will add 30 crew.',
    none: true,
  },
  // --- s25-at ---
  {
    name: "does not flag a transcript whose speakers' labels stand alone on their lines above their turns",
    body: 'HOST:\n\nGood morning. Today we speak to the mayor about the flood.\n\nMAYOR LINDA OKAFOR:\n\nThank you. The water rose by two metres overnight and 40 homes were lost.\n\nHOST:\n\nWill the council pay for repairs?\n\nMAYOR LINDA OKAFOR:\n\nWe have set aside $2 million for that.',
    none: true,
  },
]);
