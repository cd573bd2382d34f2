/**
 * The panel's own Preact, handed to the Help chunk when it loads: widget/build.ts points
 * the chunk's `preact`, `preact/hooks` and `preact/jsx-runtime` imports here, so the chunk
 * ships no second copy and its hooks run in the panel's renderer. Nothing may render before
 * `install` (the chunk's entry calls it first).
 */
import type { Fragment as FragmentType } from 'preact';
import type { useEffect as UseEffect, useRef as UseRef, useState as UseState } from 'preact/hooks';
import type { jsx as Jsx, jsxs as Jsxs } from 'preact/jsx-runtime';

export interface HelpRuntime {
  jsx: typeof Jsx;
  Fragment: typeof FragmentType;
  useState: typeof UseState;
  useEffect: typeof UseEffect;
  useRef: typeof UseRef;
}

export let jsx: HelpRuntime['jsx'];
/** Preact's `jsxs` (children as an array) is its `jsx`. */
export let jsxs: typeof Jsxs;
export let Fragment: HelpRuntime['Fragment'];
export let useState: HelpRuntime['useState'];
export let useEffect: HelpRuntime['useEffect'];
export let useRef: HelpRuntime['useRef'];

export function install(runtime: HelpRuntime): void {
  ({ jsx, Fragment, useState, useEffect, useRef } = runtime);
  jsxs = jsx;
}
