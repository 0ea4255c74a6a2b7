/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-6f-74","q1bKL8lILVKyUjLVK9BJ1DNM1jHVS9fJ0yvXMQJjoJClXp6OmZ6RsY6hnmEJiLAAcvOAcsZ6huY6QAIsk6pUCwA=");
