export const liveNl = {
  presence: {
    inQueue: "{{names}} bekijkt",
    typingInQueue: "{{names}} typt…",
    label: "Ook op deze ticket",
    viewing: "{{name}} bekijkt deze ticket",
    typing: "{{name}} typt een antwoord…",
  },
} as const;
