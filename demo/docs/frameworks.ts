import { setUpPage } from './docs.js';

setUpPage();
