// The texts of the agency settings page and of OpenID Connect bindings, in Swedish;
// en-settings.ts has the same keys.
export const svSettings = {
  'layout.nav.settings': 'Inställningar',
  'settings.title': 'Myndighetens inställningar',
  'settings.intro':
    'Uppgifterna står i brevhuvudet på beslut, återbetalningskrav och återkrav. Diarieserien gäller beslut som fattas från och med nu; fattade beslut behåller sina diarienummer.',
  'settings.readOnly': 'Bara en systemadministratör kan ändra inställningarna.',
  'settings.section.letterhead': 'Brevhuvud',
  'settings.section.decisions': 'Beslut och betalningar',
  'settings.name': 'Myndighetens namn',
  'settings.orgNumber': 'Organisationsnummer',
  'settings.orgNumberHint': 'NNNNNN-NNNN. Lämna tomt om det inte ska stå i breven.',
  'settings.postalAddress': 'Postadress',
  'settings.postalAddressHint': 'En eller flera rader.',
  'settings.email': 'E-post',
  'settings.phone': 'Telefon',
  'settings.optionalHint': 'Frivilligt.',
  'settings.referenceSeries': 'Diarieserie',
  'settings.referenceSeriesHint':
    '1–10 versaler och siffror, t.ex. SB i SB 2026/0001. Gäller beslut som fattas efter ändringen.',
  'settings.repaymentBankgiro': 'Bankgiro för återbetalningar',
  'settings.repaymentBankgiroHint':
    'NNN-NNNN eller NNNN-NNNN. Skrivs ut på återbetalningskrav och återkrav tillsammans med OCR-numret.',
  'settings.appealText': 'Standardtext om hur man överklagar',
  'settings.appealTextHint': 'Används för statsbidrag som inte har en egen text.',
  'settings.save': 'Spara inställningarna',
  'settings.saved': 'Inställningarna är sparade.',
  'settings.notSaved': 'Inställningarna sparades inte',
  'settings.required': 'Fältet måste fyllas i.',
  'settings.updated': 'Senast ändrad {at} av {by}.',
  'users.identity': 'Inloggningskoppling: {subject} hos {issuer}',
  'users.identityLastUsed': 'senast använd {at}',
  'users.identityNeverUsed': 'ännu inte använd',
  'users.removeIdentity': 'Ta bort koppling',
  'users.removeIdentityFor': 'Ta bort kopplingen för {name} till {issuer}',
  'users.identityRemoved': 'Kopplingen för {name} är borttagen.',
  'signIn.oidc.auth.oidc_identity_conflict':
    'Kontot för din e-postadress är redan kopplat till en annan identitet hos identitetstjänsten. Be en administratör att ta bort den kopplingen om du har fått en ny identitet.',
  'signIn.signedOut': 'Du är utloggad.',
  'settings.bankgiroWarning.label': 'Bankgiro saknas',
  'settings.bankgiroWarning.text':
    'Myndighetens bankgiro för återbetalningar är inte angivet. Inga återbetalningskrav eller återkrav kan skickas förrän det är angivet.',
  'settings.bankgiroWarning.link': 'Ange bankgirot',
} as const;
