import assert from 'node:assert/strict';
import { it } from 'node:test';
import { grantSubject } from './grant-subject';

it('names a grant once: no "statsbidraget" before a name that already says statsbidrag', () => {
  assert.equal(
    grantSubject('Statsbidrag för god omsorg 2024', 'start'),
    'Statsbidrag för god omsorg 2024',
  );
  assert.equal(
    grantSubject('Prestationsbaserat statsbidrag för färre timanställningar 2023', 'inside'),
    'Prestationsbaserat statsbidrag för färre timanställningar 2023',
  );
  assert.equal(
    grantSubject(' Investeringar i välfärdsteknik 2018 ', 'start'),
    'Statsbidraget Investeringar i välfärdsteknik 2018',
  );
  assert.equal(
    grantSubject('Investeringar i välfärdsteknik 2018', 'inside'),
    'statsbidraget Investeringar i välfärdsteknik 2018',
  );
});
