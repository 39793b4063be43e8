export function AdminDesk() {
  return <h1>Admin</h1>;
}
