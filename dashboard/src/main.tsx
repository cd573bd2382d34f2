import { createRoot } from 'react-dom/client';
import { WixStyleReactProvider, Button, Box, Text } from 'wix-style-react';

const root = document.getElementById('root');
if (root) createRoot(root).render(<WixStyleReactProvider><Box padding="SP4" gap="SP2"><Text>Hello</Text><Button>Go</Button></Box></WixStyleReactProvider>);
