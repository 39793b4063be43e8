import { Schema } from 'mongoose';

export const productSchema = new Schema(
  {
    _id: { type: String, required: true },
    name: { type: String, required: true },
    price: { type: Number, required: true },
    stock: { type: Number, required: true },
    image_url: String,
    position: { type: Number, required: true },
  },
  { versionKey: false },
);
