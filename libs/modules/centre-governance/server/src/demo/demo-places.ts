/** Real communes, fictitious organisations and people: every name says so. */
export interface DemoPlaces {
  centre: string;
  gip: string;
  departement: string;
  region: string;
  mainCommune: { code: string; name: string };
  antennaCommune: { code: string; name: string };
  secondCommune: string;
  epci: string;
  hospital: string;
  servedCommunes: { code: string; name: string }[];
}

export const DEMO_PLACES: Record<string, DemoPlaces> = {
  '55': {
    centre: 'Centre de santé Cœur de Meuse (fictif)',
    gip: 'GIP Santé Cœur de Meuse (fictif)',
    departement: 'Département de la Meuse (membre fictif)',
    region: 'Région Grand Est (membre fictif)',
    mainCommune: { code: '55545', name: 'Verdun' },
    antennaCommune: { code: '55463', name: 'Saint-Mihiel' },
    secondCommune: 'Commune de Saint-Mihiel (membre fictif)',
    epci: 'Communauté d’agglomération du Grand Verdun (membre fictif)',
    hospital: 'Centre hospitalier de Verdun – Saint-Mihiel (membre fictif)',
    servedCommunes: [
      { code: '55545', name: 'Verdun' },
      { code: '55505', name: 'Thierville-sur-Meuse' },
      { code: '55043', name: 'Belleville-sur-Meuse' },
      { code: '55236', name: 'Haudainville' },
      { code: '55045', name: 'Belrupt-en-Verdunois' },
      { code: '55181', name: 'Étain' },
      { code: '55463', name: 'Saint-Mihiel' },
      { code: '55111', name: 'Chauvoncourt' },
      { code: '55268', name: 'Lacroix-sur-Meuse' },
      { code: '55154', name: 'Dieue-sur-Meuse' },
      { code: '55467', name: 'Sampigny' },
    ],
  },
};

export const GENERIC_PLACES: DemoPlaces = {
  centre: 'Centre de santé départemental (fictif)',
  gip: 'GIP Santé du territoire (fictif)',
  departement: 'Département (membre fictif)',
  region: 'Région (membre fictif)',
  mainCommune: { code: '', name: 'Chef-lieu (fictif)' },
  antennaCommune: { code: '', name: 'Bourg-centre (fictif)' },
  secondCommune: 'Commune du bourg-centre (membre fictif)',
  epci: 'Communauté de communes (membre fictive)',
  hospital: 'Centre hospitalier (membre fictif)',
  servedCommunes: [],
};
