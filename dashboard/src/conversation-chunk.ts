/**
 * The open conversation's chunk (on-demand.tsx): its panel with the composer, the action
 * modals and the shopper's details, none of which the inbox's first rows need.
 */
export { ConversationPanel } from './components/ConversationPanel.tsx';
export { ShopperDetails } from './components/ShopperDetails.tsx';
export { WixContextCard } from './components/WixContextCard.tsx';
