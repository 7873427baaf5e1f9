-- The agency's settings (docs/decisions/0016): one row with the values that were constants
-- until now (src/domain/decisions/agency.ts DEFAULT_AGENCY_SETTINGS), so an existing database
-- issues, prints and numbers exactly as before. No organisation number, contact or bankgiro yet.
INSERT INTO "agency_settings" ("id", "name", "postal_address", "reference_series", "appeal_text", "updated_by")
VALUES (1, 'Socialstyrelsen', '106 30 Stockholm', 'SB', 'Beslutet kan överklagas hos allmän förvaltningsdomstol (förvaltningsrätten), 40–42 §§ förvaltningslagen (2017:900). Överklagandet ska vara skriftligt. Ange vilket beslut som överklagas och hur ni vill att beslutet ska ändras. Skrivelsen ska ges in till myndigheten som har fattat beslutet, inte till förvaltningsrätten, och ska ha kommit in inom tre veckor från den dag då ni fick del av beslutet (43–44 §§). Myndigheten prövar att överklagandet har kommit in i rätt tid och överlämnar det sedan till förvaltningsrätten (45 §).', 'system')
ON CONFLICT ("id") DO NOTHING;
