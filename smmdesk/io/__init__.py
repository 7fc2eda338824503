"""Files in and out: CSV/XLSX readers, XLSX/CSV/PDF writers. Depends on domain only."""
