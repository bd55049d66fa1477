/** A small workshop with one step of every kind, imported into the host by the phone e2e tests. */
export const ALL_KINDS_TEMPLATE_ID = 'e2e-every-kind';

export const ALL_KINDS_STEP_IDS = [
  'hello',
  'breathe',
  'lean',
  'quiz',
  'helps',
  'sorting',
  'words',
  'open',
  'rank',
  'slider',
  'plan',
] as const;

export const ALL_KINDS_TEMPLATE_YAML = `
id: ${ALL_KINDS_TEMPLATE_ID}
title: Close without losing yourself
summary: A short test workshop with one exercise of every kind.
audience: People testing the phone app.
minutes: 40
language: en
agreement: |-
  What people share here stays here.
  You can pass on any question, and you never need to say why.
  Talk about patterns and feelings, not graphic details.
steps:
  - id: hello
    kind: info
    title: Welcome
    minutes: 2
    body: |-
      Welcome. We are glad you are here.

      You will answer a few questions on your phone. Your answers are anonymous to the group.
  - id: breathe
    kind: timer
    title: A quiet minute
    minutes: 1
    prompt: Take a slow breath and notice how you feel right now.
    seconds: 60
  - id: lean
    kind: scale
    title: A private look at the last weeks
    minutes: 5
    contentNote: These statements touch on close relationships. Only you see your own answers.
    prompt: How much has each statement been like you lately?
    labels: [Not like me, A little like me, Somewhat like me, Mostly like me, Very like me]
    themes:
      - id: compass
        title: My own compass
        reflection: What helps you hear your own wishes? What makes them harder to hear?
        statements:
          - id: noticed
            text: I noticed what I wanted before I checked what others wanted.
          - id: said-no
            text: I said no when I meant no.
      - id: give-take
        title: Give and take
        reflection: Where could you let someone give a little more to you?
        statements:
          - id: asked-help
            text: I asked for help when I needed it.
  - id: quiz
    kind: choice
    title: A quick question
    minutes: 2
    prompt: Which of these is a sign of a balanced relationship?
    options:
      - { id: both-needs, label: Both people can say what they need }
      - { id: always-yes, label: Always saying yes to keep the peace }
      - { id: drop-friends, label: Dropping your own friends }
    correct: [both-needs]
    explanation: Saying what you need lets the other person really know you, and keeps things fair for both.
  - id: helps
    kind: choice
    title: What helps you
    minutes: 2
    multiple: true
    prompt: What helps you feel like yourself? Choose all that fit.
    options:
      - { id: friends, label: Time with friends }
      - { id: alone, label: Time alone }
      - { id: hobby, label: A hobby of my own }
      - { id: sport, label: Moving my body }
  - id: sorting
    kind: sort
    title: Which way does it lean?
    minutes: 5
    prompt: Put each one where you think it fits best.
    categories:
      - { id: codependent, label: More like codependency }
      - { id: interdependent, label: More like interdependence }
    items:
      - id: say-need
        label: Both people can say what they need.
        category: interdependent
        explanation: Saying what you need keeps things fair for both.
      - id: yes-peace
        label: Saying yes to keep the peace when you mean no.
        category: codependent
        explanation: Many of us do this to avoid a fight. Small, kind no's are a good start.
      - id: own-friends
        label: Having friends of your own.
        category: interdependent
        explanation: A life outside the relationship brings energy back into it.
  - id: words
    kind: words
    title: In a few words
    minutes: 3
    prompt: What does a good relationship feel like?
    maxWords: 3
  - id: open
    kind: open
    title: In your own words
    minutes: 5
    prompt: What is one small thing you could do for yourself this week?
    maxLength: 300
  - id: rank
    kind: rank
    title: What matters most
    minutes: 3
    prompt: Put these in order, most important first.
    items:
      - { id: trust, label: Trust }
      - { id: respect, label: Respect }
      - { id: space, label: Space for myself }
      - { id: fun, label: Having fun together }
  - id: slider
    kind: slider
    title: Right now
    minutes: 2
    prompt: How much room do you have for your own needs right now?
    min: 0
    max: 10
    step: 1
    minLabel: no room at all
    maxLabel: plenty of room
  - id: plan
    kind: worksheet
    title: My plan for the week
    minutes: 5
    prompt: Write a small plan just for you.
    fields:
      - id: one-step
        label: One small step I will take
        hint: Keep it small enough to do this week.
        lines: 3
      - id: who-helps
        label: Who or what can help me
        lines: 2
`;
