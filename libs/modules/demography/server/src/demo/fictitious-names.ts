import { plainUpperCase } from './place-labels';
import type { SeededRandom } from './seeded-random';

// Common French names, combined at random: the people are fictitious (the UI labels the demo data so).
const LAST_NAMES = [
  'MARTIN', 'BERNARD', 'THOMAS', 'PETIT', 'ROBERT', 'RICHARD', 'DURAND', 'DUBOIS', 'MOREAU', 'LAURENT', 'SIMON', 'MICHEL',
  'LEFEBVRE', 'LEROY', 'ROUX', 'DAVID', 'BERTRAND', 'MOREL', 'FOURNIER', 'GIRARD', 'BONNET', 'DUPONT', 'LAMBERT', 'FONTAINE',
  'ROUSSEAU', 'VINCENT', 'MULLER', 'LEFEVRE', 'FAURE', 'ANDRE', 'MERCIER', 'BLANC', 'GUERIN', 'BOYER', 'GARNIER', 'CHEVALIER',
  'FRANCOIS', 'LEGRAND', 'GAUTHIER', 'GARCIA', 'PERRIN', 'ROBIN', 'CLEMENT', 'MORIN', 'NICOLAS', 'HENRY', 'ROUSSEL', 'MATHIEU',
  'MASSON', 'MARCHAND', 'DUVAL', 'DENIS', 'DUMONT', 'LEMAIRE', 'NOEL', 'MEYER', 'DUFOUR', 'MEUNIER', 'BRUN', 'BLANCHARD',
  'GIRAUD', 'JOLY', 'RIVIERE', 'LUCAS', 'BRUNET', 'GAILLARD', 'BARBIER', 'ARNAUD', 'MARTINEZ', 'GERARD', 'ROCHE', 'RENARD',
  'SCHMITT', 'ROY', 'LEROUX', 'COLIN', 'VIDAL', 'CARON', 'PICARD', 'ROGER', 'FABRE', 'AUBERT', 'LEMOINE', 'RENAUD', 'DUMAS',
  'LACROIX', 'OLIVIER', 'PHILIPPE', 'BOURGEOIS', 'PIERRE', 'BENOIT', 'REY', 'LECLERC', 'PAYET', 'ROLLAND', 'LECLERCQ',
  'GUILLAUME', 'LECOMTE', 'LOPEZ', 'JEAN', 'DUPUY', 'GUILLOT', 'HUBERT', 'BERGER', 'CARPENTIER', 'SANCHEZ', 'DUPUIS', 'MOULIN',
  'LOUIS', 'DESCHAMPS', 'HUET', 'VASSEUR', 'PEREZ', 'BOUCHER', 'FLEURY', 'ROYER', 'KLEIN', 'JACQUET', 'ADAM', 'PARIS', 'POIRIER',
  'MARTY', 'AUBRY', 'GUYOT', 'CARRE', 'CHARLES', 'RENAULT', 'CHARPENTIER', 'MENARD', 'MAILLARD', 'BARON', 'BERTIN', 'BAILLY',
  'HERVE', 'SCHNEIDER', 'FERNANDEZ', 'LE GALL', 'COLLET', 'LEGER', 'BOUVIER', 'JULIEN', 'PREVOST', 'MILLET', 'PERROT', 'DANIEL',
  'LE ROUX', 'COUSIN', 'GERMAIN', 'BRETON', 'BESSON', 'LANGLOIS', 'REMY', 'LE GOFF', 'PELLETIER', 'LEVEQUE', 'PERRIER', 'LEBLANC',
  'BARRE', 'LEBRUN', 'MARCHAL', 'WEBER', 'MALLET', 'HAMON', 'BOULANGER', 'JACOB', 'MONNIER', 'MICHAUD', 'RODRIGUEZ', 'GUICHARD',
  'GILLET', 'ETIENNE', 'POULAIN', 'TESSIER', 'COLLIN', 'CHAUVIN', 'DA SILVA', 'BOUCHET', 'GAY', 'LEMAITRE', 'MARECHAL', 'HUMBERT',
  'REYNAUD', 'ANTOINE', 'PERRET', 'BARTHELEMY', 'CORDIER', 'PICHON', 'LEJEUNE', 'GILBERT', 'LAMY', 'DELAUNAY', 'PASQUIER',
  'CARLIER', 'LAPORTE', 'BENSAID', 'HADDAD', 'NGUYEN', 'TRAN', 'DIALLO', 'KOWALSKI', 'BENALI', 'MENDES',
];

const WOMEN_FIRST_NAMES = [
  'Marie', 'Nathalie', 'Isabelle', 'Sylvie', 'Catherine', 'Sophie', 'Christine', 'Valérie', 'Sandrine', 'Céline', 'Stéphanie',
  'Julie', 'Aurélie', 'Émilie', 'Camille', 'Laura', 'Léa', 'Manon', 'Chloé', 'Sarah', 'Anne', 'Claire', 'Hélène', 'Élodie',
  'Audrey', 'Caroline', 'Virginie', 'Laurence', 'Martine', 'Véronique', 'Pauline', 'Mathilde', 'Charlotte', 'Lucie', 'Marion',
  'Amandine', 'Delphine', 'Agnès', 'Florence', 'Emma', 'Inès', 'Océane', 'Justine', 'Anaïs', 'Clémence', 'Margaux', 'Elsa',
  'Juliette', 'Louise', 'Alice', 'Nadia', 'Samia', 'Fatima', 'Mélanie', 'Jeanne',
];

const MEN_FIRST_NAMES = [
  'Jean', 'Pierre', 'Michel', 'Philippe', 'Alain', 'Nicolas', 'Christophe', 'Stéphane', 'Laurent', 'Frédéric', 'Sébastien',
  'Julien', 'David', 'Olivier', 'Éric', 'Thierry', 'Patrick', 'Vincent', 'François', 'Guillaume', 'Thomas', 'Antoine', 'Maxime',
  'Alexandre', 'Romain', 'Hugo', 'Lucas', 'Mathieu', 'Benjamin', 'Florian', 'Jérôme', 'Cédric', 'Arnaud', 'Damien', 'Yann',
  'Bruno', 'Pascal', 'Didier', 'Gilles', 'Hervé', 'Xavier', 'Fabrice', 'Emmanuel', 'Raphaël', 'Baptiste', 'Quentin', 'Adrien',
  'Clément', 'Théo', 'Louis', 'Paul', 'Mehdi', 'Karim', 'Yacine', 'Marc',
];

export interface FictitiousPerson {
  civility: 'M' | 'MME';
  firstName: string;
  lastName: string;
}

/** A plausible name; first names are sometimes upper-cased, as they are in the real extract. */
export function fictitiousPerson(random: SeededRandom, womenShare: number): FictitiousPerson {
  const woman = random.chance(womenShare);
  const firstName = random.pick(woman ? WOMEN_FIRST_NAMES : MEN_FIRST_NAMES);
  const lastName = random.chance(0.04) ? `${random.pick(LAST_NAMES)}-${random.pick(LAST_NAMES)}` : random.pick(LAST_NAMES);
  return {
    civility: woman ? 'MME' : 'M',
    firstName: random.chance(0.15) ? plainUpperCase(firstName) : firstName,
    lastName,
  };
}
