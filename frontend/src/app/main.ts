import urql from '@urql/vue';
import ElementPlus from 'element-plus';
import 'element-plus/dist/index.css';
import { createPinia, storeToRefs } from 'pinia';
import { createApp } from 'vue';
import App from './App.vue';
import { createAppI18n } from './i18n';
import { storedLocale, useLocaleStore } from './locale-store';
import { createAppRouter } from './router';
import { useUrqlStore } from './urql-store';
import './styles.css';

const app = createApp(App);
const pinia = createPinia();
app.use(pinia);

const i18n = createAppI18n(storedLocale());
useLocaleStore(pinia).bind(i18n);
app.use(i18n);

// The client lives in a store so logging in or out can swap it for an empty one.
app.use(urql, storeToRefs(useUrqlStore(pinia)).client);
app.use(ElementPlus);
app.use(createAppRouter());

app.mount('#app');
