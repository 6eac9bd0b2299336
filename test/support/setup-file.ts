import 'reflect-metadata';
import { MetadataStorage } from '@mikro-orm/core';

MetadataStorage.clear();
