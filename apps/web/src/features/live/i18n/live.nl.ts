export const liveNl = {
  presence: {
    label: "Ook op deze ticket",
    viewing: "{{name}} bekijkt deze ticket",
    typing: "{{name}} typt een antwoord…",
  },
} as const;
