import { useState } from 'react';
import { Navigate, Route, Routes } from 'react-router';
import { RegisterPage } from './RegisterPage';

/** /kundwebb/nytt: register a case. Starting again gives a fresh form (and a fresh idempotency key). */
export default function RegisterRoutes() {
  const [round, setRound] = useState(0);
  return (
    <Routes>
      <Route index element={<RegisterPage key={round} onRestart={() => setRound((r) => r + 1)} />} />
      <Route path="*" element={<Navigate to="/kundwebb/nytt" replace />} />
    </Routes>
  );
}
