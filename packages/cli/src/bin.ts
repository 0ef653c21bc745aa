#!/usr/bin/env node
console.log('airesilience');
