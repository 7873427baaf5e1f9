// How a recipient is addressed on a letter: the legal name the register holds, or its name when the
// register has none (never a derived "<name> kommun": some are "stad"), and its postal address.

export interface RegisterAddress {
  name: string;
  legalName: string | null;
  postalStreet: string | null;
  postalCode: string | null;
  postalTown: string | null;
}

/** The address lines ("Box 1234", "105 35 Stockholm"); none when the register has no address. */
export function postalAddressLines(recipient: RegisterAddress): string[] {
  if (!recipient.postalCode || !recipient.postalTown) return [];
  return [
    ...(recipient.postalStreet ? [recipient.postalStreet] : []),
    `${recipient.postalCode} ${recipient.postalTown}`,
  ];
}

export interface Addressee {
  /** The name the letter is addressed to and speaks of. */
  name: string;
  /** `register`: the register's legal name; `name`: it had none, so the recipient's name. */
  nameSource: 'register' | 'name';
  address: string[];
}

export function addressee(recipient: RegisterAddress): Addressee {
  return {
    name: recipient.legalName ?? recipient.name,
    nameSource: recipient.legalName ? 'register' : 'name',
    address: postalAddressLines(recipient),
  };
}
