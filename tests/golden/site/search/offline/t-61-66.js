/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-61-66","q1ZKTFOyUjLM0LNU0gGy0xIzi4D8FL0snTw9S50kPSNjHTM9w1IdIz1DUx0LPUMLHWM9Q0Ow2pJUkFLDdD1DpVoA");
