import { Route, Routes } from 'react-router';
import { OrdersHome } from './OrdersHome';
import { OrderPage } from './OrderPage';
import './orders.css';

/** The customer web's orders: the agency's orders and the form at /kundwebb/bestallningar, one order at /kundwebb/bestallningar/<id>. */
export default function OrdersRoutes() {
  return (
    <Routes>
      <Route index element={<OrdersHome />} />
      <Route path=":id" element={<OrderPage />} />
    </Routes>
  );
}
