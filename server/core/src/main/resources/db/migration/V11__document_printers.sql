-- A4 document printers (PDFs: blank forms at a kiosk, dossier receipts at a counter) join the
-- peripheral kinds. Their commands are PRINT_PDF, whose payload (the PDF in base64, at most
-- 5 MB before encoding) fits device_command.payload's MEDIUMTEXT.
ALTER TABLE peripheral DROP CONSTRAINT ck_peripheral_kind;
ALTER TABLE peripheral ADD CONSTRAINT ck_peripheral_kind
    CHECK (kind IN ('TICKET_PRINTER', 'DOCUMENT_PRINTER', 'LED_DISPLAY', 'RATING_KEYPAD', 'SCANNER'));
